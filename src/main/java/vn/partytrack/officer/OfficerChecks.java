package vn.partytrack.officer;

import vn.partytrack.platform.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statute's and the record's checks on a post and on a term's committee, as plain functions of what they look
 * at (Điều lệ Đảng, HD 26-HD/BTCTW): dates in order; a decision number where the way of coming or leaving needs one;
 * one holder at a time of a single-holder post; a cell of fewer than 9 full members has a secretary and at most one
 * deputy and no committee; a cell committee (chi ủy) has at most 7 members; a standing committee only where the
 * committee has 9 or more; an inspection commission only in a đảng bộ; no more committee seats held at once than the
 * approved size.
 */
public final class OfficerChecks {

    /** Below this many full members a cell elects a secretary (and perhaps a deputy), not a committee. */
    public static final int CELL_COMMITTEE_MEMBERS = 9;
    /** A cell committee (chi ủy) has at most this many members. */
    public static final int CELL_COMMITTEE_MAX = 7;
    /** A committee of at least this many elects a standing committee. */
    public static final int STANDING_COMMITTEE_FROM = 9;

    private OfficerChecks() {
    }

    /** What the checks need to know of the unit. */
    public record Unit(String typeCode, int fullMembers, Integer approvedSize) {
        boolean cell() {
            return typeCode != null && typeCode.startsWith("CHI_BO");
        }

        boolean hasCommittee() {
            return !cell() || fullMembers >= CELL_COMMITTEE_MEMBERS;
        }
    }

    /** Another post of the unit, as far as overlap and seat counts need it. */
    public record Held(Long id, PostKind kind, LocalDate from, LocalDate to) {
        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return (to == null || otherFrom == null || !to.isBefore(otherFrom)) && (otherTo == null || from == null || !otherTo.isBefore(from));
        }
    }

    /** The findings on a new post; {@code kind}, {@code came} and {@code left} are null when unknown (reported already). */
    public static List<FieldError> post(PostKind kind, LocalDate from, LocalDate to, CameBy came, String decisionNo,
                                        LeftBy left, String endDecisionNo, LocalDate today, Unit unit, List<Held> others) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && from.isAfter(today)) {
            errors.add(new FieldError("heldFrom", "officer.date.future"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("heldTo", "officer.dates.order"));
        }
        if (came != null && came.decisionRequired() && decisionNo == null) {
            errors.add(new FieldError("decisionNo", "officer.decision.required"));
        }
        if (to != null && left == null) {
            errors.add(new FieldError("leftBy", "field.required"));
        }
        if (to == null && left != null) {
            errors.add(new FieldError("heldTo", "field.required"));
        }
        if (left != null && left.decisionRequired() && endDecisionNo == null) {
            errors.add(new FieldError("endDecisionNo", "officer.decision.required"));
        }
        if (kind == null || from == null || (to != null && to.isBefore(from))) {
            return errors;
        }
        if (kind.needsCommittee() && !unit.hasCommittee()) {
            errors.add(new FieldError("kind", "officer.kind.noCommittee", Map.of("min", CELL_COMMITTEE_MEMBERS)));
        } else if (kind == PostKind.UY_VIEN_UBKT && unit.cell()) {
            errors.add(new FieldError("kind", "officer.kind.noInspection"));
        } else if (kind == PostKind.UY_VIEN_BTV && (unit.approvedSize() == null || unit.approvedSize() < STANDING_COMMITTEE_FROM)) {
            errors.add(new FieldError("kind", "officer.kind.noStanding", Map.of("min", STANDING_COMMITTEE_FROM)));
        }
        boolean single = kind.singleHolder() || (kind == PostKind.PHO_BI_THU && !unit.hasCommittee());
        if (single && others.stream().anyMatch(h -> h.kind() == kind && h.overlaps(from, to))) {
            errors.add(new FieldError("heldFrom", "officer.overlap"));
        }
        if (kind.committeeSeat() && unit.approvedSize() != null) {
            long seats = others.stream().filter(h -> h.kind().committeeSeat() && h.overlaps(from, from)).count();
            if (seats + 1 > unit.approvedSize()) {
                errors.add(new FieldError("kind", "officer.committee.full", Map.of("max", unit.approvedSize())));
            }
        }
        return errors;
    }

    /** The end of a post: after its start, and with the decision where the way of leaving needs one. */
    public static List<FieldError> end(LocalDate from, LocalDate to, LeftBy left, String decisionNo, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (to != null && from != null && to.isBefore(from)) {
            errors.add(new FieldError("heldTo", "officer.dates.order"));
        }
        if (to != null && to.isAfter(today.plusYears(1))) {
            errors.add(new FieldError("heldTo", "officer.date.future"));
        }
        if (left != null && left.decisionRequired() && decisionNo == null) {
            errors.add(new FieldError("decisionNo", "officer.decision.required"));
        }
        return errors;
    }

    /** A term's committee against the statute and the unit's full members. */
    public static List<FieldError> committee(Integer approved, Integer elected, LocalDate starts, LocalDate ends, Unit unit) {
        List<FieldError> errors = new ArrayList<>();
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.add(new FieldError("endsOn", "officer.dates.order"));
        }
        if (approved != null && elected != null && elected > approved) {
            errors.add(new FieldError("electedSize", "congress.elected.overApproved"));
        }
        if (!unit.hasCommittee() && approved != null && approved > 0) {
            errors.add(new FieldError("approvedSize", "officer.kind.noCommittee", Map.of("min", CELL_COMMITTEE_MEMBERS)));
        } else if (unit.cell() && approved != null && approved > CELL_COMMITTEE_MAX) {
            errors.add(new FieldError("approvedSize", "officer.committee.cellMax", Map.of("max", CELL_COMMITTEE_MAX)));
        }
        if (approved != null && approved > Math.max(unit.fullMembers(), 0) && unit.hasCommittee()) {
            errors.add(new FieldError("approvedSize", "officer.committee.overMembers", Map.of("max", unit.fullMembers())));
        }
        return errors;
    }
}
