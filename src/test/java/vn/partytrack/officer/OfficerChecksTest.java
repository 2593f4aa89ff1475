package vn.partytrack.officer;

import org.junit.jupiter.api.Test;
import vn.partytrack.platform.FieldError;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfficerChecksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final OfficerChecks.Unit SMALL_CELL = new OfficerChecks.Unit("CHI_BO_CO_SO", 7, null);
    static final OfficerChecks.Unit LARGE_CELL = new OfficerChecks.Unit("CHI_BO_CO_SO", 15, 5);
    static final OfficerChecks.Unit ORGANISATION = new OfficerChecks.Unit("DANG_BO_CO_SO", 120, 11);

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    static List<FieldError> post(PostKind kind, LocalDate from, LocalDate to, CameBy came, String decision, LeftBy left,
                                 String endDecision, OfficerChecks.Unit unit, List<OfficerChecks.Held> others) {
        return OfficerChecks.post(kind, from, to, came, decision, left, endDecision, TODAY, unit, others);
    }

    @Test
    void aSecondSecretaryOverlappingTheFirstIsRefusedButOneAfterIsNot() {
        var first = new OfficerChecks.Held(1L, PostKind.BI_THU, LocalDate.of(2020, 6, 1), LocalDate.of(2023, 3, 31));
        assertThat(fields(post(PostKind.BI_THU, LocalDate.of(2023, 3, 31), null, CameBy.APPOINTED, "12-QĐ/QU", null, null,
                ORGANISATION, List.of(first)))).containsExactly("heldFrom:officer.overlap");
        assertThat(post(PostKind.BI_THU, LocalDate.of(2023, 4, 1), null, CameBy.APPOINTED, "12-QĐ/QU", null, null,
                ORGANISATION, List.of(first))).isEmpty();
        var open = new OfficerChecks.Held(1L, PostKind.BI_THU, LocalDate.of(2020, 6, 1), null);
        assertThat(fields(post(PostKind.BI_THU, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 1), CameBy.ELECTED, null,
                LeftBy.TERM_ENDED, null, ORGANISATION, List.of(open)))).containsExactly("heldFrom:officer.overlap");
    }

    @Test
    void committeeMembersMayOverlapUpToTheApprovedSize() {
        var member = new OfficerChecks.Held(2L, PostKind.CAP_UY_VIEN, LocalDate.of(2020, 6, 1), null);
        assertThat(post(PostKind.CAP_UY_VIEN, LocalDate.of(2021, 1, 1), null, CameBy.ADDED, "5-QĐ", null, null,
                LARGE_CELL, List.of(member))).isEmpty();
        List<OfficerChecks.Held> five = List.of(member, member, member, member, member);
        assertThat(fields(post(PostKind.CAP_UY_VIEN, LocalDate.of(2021, 1, 1), null, CameBy.ADDED, "5-QĐ", null, null,
                LARGE_CELL, five))).containsExactly("kind:officer.committee.full");
    }

    @Test
    void datesOutOfOrderAndMissingDecisionsAreNamed() {
        assertThat(fields(post(PostKind.PHO_BI_THU, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 4, 1), CameBy.APPOINTED, null,
                LeftBy.DISCIPLINED, null, ORGANISATION, List.of())))
                .containsExactly("heldTo:officer.dates.order", "decisionNo:officer.decision.required", "endDecisionNo:officer.decision.required");
        assertThat(fields(post(PostKind.PHO_BI_THU, TODAY.plusDays(1), null, CameBy.ELECTED, null, null, null, ORGANISATION, List.of())))
                .containsExactly("heldFrom:officer.date.future");
        // elected at the congress and recorded from the registry need no decision of their own
        assertThat(post(PostKind.PHO_BI_THU, TODAY, null, CameBy.ELECTED, null, null, null, ORGANISATION, List.of())).isEmpty();
        assertThat(post(PostKind.PHO_BI_THU, TODAY, null, CameBy.RECORDED, null, null, null, ORGANISATION, List.of())).isEmpty();
        assertThat(fields(post(PostKind.PHO_BI_THU, TODAY.minusYears(1), TODAY, CameBy.ELECTED, null, null, null, ORGANISATION, List.of())))
                .containsExactly("leftBy:field.required");
    }

    @Test
    void aSmallCellHasASecretaryAndOneDeputyButNoCommittee() {
        assertThat(fields(post(PostKind.CAP_UY_VIEN, TODAY, null, CameBy.ELECTED, null, null, null, SMALL_CELL, List.of())))
                .containsExactly("kind:officer.kind.noCommittee");
        var deputy = new OfficerChecks.Held(3L, PostKind.PHO_BI_THU, LocalDate.of(2020, 6, 1), null);
        assertThat(fields(post(PostKind.PHO_BI_THU, TODAY, null, CameBy.ELECTED, null, null, null, SMALL_CELL, List.of(deputy))))
                .containsExactly("heldFrom:officer.overlap");
        // a đảng bộ may have two deputies at once
        assertThat(post(PostKind.PHO_BI_THU, TODAY, null, CameBy.ELECTED, null, null, null, ORGANISATION, List.of(deputy))).isEmpty();
        assertThat(fields(post(PostKind.UY_VIEN_UBKT, TODAY, null, CameBy.ELECTED, null, null, null, LARGE_CELL, List.of())))
                .containsExactly("kind:officer.kind.noInspection");
        assertThat(fields(post(PostKind.UY_VIEN_BTV, TODAY, null, CameBy.ELECTED, null, null, null, LARGE_CELL, List.of())))
                .containsExactly("kind:officer.kind.noStanding");
        assertThat(post(PostKind.UY_VIEN_BTV, TODAY, null, CameBy.ELECTED, null, null, null, ORGANISATION, List.of())).isEmpty();
    }

    @Test
    void aCommitteeIsCheckedAgainstTheStatuteAndTheUnitsFullMembers() {
        LocalDate start = LocalDate.of(2020, 5, 20);
        assertThat(fields(OfficerChecks.committee(3, 3, start, start.plusYears(5), SMALL_CELL)))
                .containsExactly("approvedSize:officer.kind.noCommittee");
        assertThat(fields(OfficerChecks.committee(9, 9, start, start.plusYears(5), LARGE_CELL)))
                .containsExactly("approvedSize:officer.committee.cellMax");
        assertThat(fields(OfficerChecks.committee(11, 12, start, start.minusDays(1), ORGANISATION)))
                .containsExactly("endsOn:officer.dates.order", "electedSize:congress.elected.overApproved");
        assertThat(OfficerChecks.committee(11, 11, start, start.plusYears(5), ORGANISATION)).isEmpty();
        assertThat(OfficerChecks.committee(null, null, start, start.plusYears(5), SMALL_CELL)).isEmpty();
    }

    @Test
    void endingAPostChecksItsDateAndTheDecisionTheWayNeeds() {
        LocalDate from = LocalDate.of(2020, 6, 1);
        assertThat(fields(OfficerChecks.end(from, from.minusDays(1), LeftBy.RESIGNED, null, TODAY))).containsExactly("heldTo:officer.dates.order");
        assertThat(fields(OfficerChecks.end(from, TODAY, LeftBy.MOVED, null, TODAY))).containsExactly("decisionNo:officer.decision.required");
        assertThat(OfficerChecks.end(from, TODAY, LeftBy.RESIGNED, null, TODAY)).isEmpty();
    }
}
