package vn.partytrack.directive;

import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.VietnameseFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an implementation record must satisfy. Any save: well-formed sessions (dated, not in the future nor before
 * the document was issued, attendance within the members at that date) and lengths. A submission also needs at least
 * one session, and the plan's number and date when the document requires a plan.
 */
final class ImplementationChecks {

    static final int MAX_ROWS = 50;

    private ImplementationChecks() {
    }

    static List<FieldError> check(ImplementationForm f, Directive d, LocalDate today, boolean submission) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate issued = d.getIssuedOn();
        if (f.getSessions().size() > MAX_ROWS) {
            errors.add(new FieldError("sessions", "report.items.tooMany", Map.of("max", MAX_ROWS)));
        }
        for (int n = 0; n < f.getSessions().size(); n++) {
            ImplementationForm.Session s = f.getSessions().get(n);
            String at = "sessions[" + n + "].";
            if (s.getHeldOn() == null) {
                errors.add(new FieldError(at + "heldOn", "field.required"));
            } else if (s.getHeldOn().isAfter(today)) {
                errors.add(new FieldError(at + "heldOn", "congress.date.future"));
            } else if (issued != null && s.getHeldOn().isBefore(issued)) {
                errors.add(new FieldError(at + "heldOn", "directive.beforeIssued", Map.of("issued", VietnameseFormat.date(issued))));
            }
            if (s.getFormat() == null) {
                errors.add(new FieldError(at + "format", "field.required"));
            }
            if (s.getMembersAtDate() == null || s.getMembersAtDate() <= 0) {
                errors.add(new FieldError(at + "membersAtDate", "directive.members.positive"));
            }
            if (s.getMembersAttending() == null) {
                errors.add(new FieldError(at + "membersAttending", "field.required"));
            } else if (s.getMembersAttending() < 0) {
                errors.add(new FieldError(at + "membersAttending", "field.notNegative"));
            } else if (s.getMembersAtDate() != null && s.getMembersAttending() > s.getMembersAtDate()) {
                errors.add(new FieldError(at + "membersAttending", "directive.attending.overMembers"));
            }
            if (s.getNonMembersAttending() != null && s.getNonMembersAttending() < 0) {
                errors.add(new FieldError(at + "nonMembersAttending", "field.notNegative"));
            }
        }
        if (f.getModels().size() > MAX_ROWS) {
            errors.add(new FieldError("models", "report.items.tooMany", Map.of("max", MAX_ROWS)));
        }
        for (int n = 0; n < f.getModels().size(); n++) {
            ImplementationForm.Model m = f.getModels().get(n);
            if (m.getName().length() > 300) {
                errors.add(new FieldError("models[" + n + "].name", "field.tooLong", Map.of("max", 300)));
            }
            if (m.getDescription() != null && m.getDescription().length() > 1000) {
                errors.add(new FieldError("models[" + n + "].description", "field.tooLong", Map.of("max", 1000)));
            }
            if (m.getKind() == null) {
                errors.add(new FieldError("models[" + n + "].kind", "field.required"));
            }
        }
        if (f.getPlanNumber() != null && f.getPlanNumber().length() > 60) {
            errors.add(new FieldError("planNumber", "field.tooLong", Map.of("max", 60)));
        }
        if (f.getResults() != null && f.getResults().length() > 4000) {
            errors.add(new FieldError("results", "field.tooLong", Map.of("max", 4000)));
        }
        for (var date : List.of(Map.entry("planDate", nullSafe(f.getPlanDate())), Map.entry("interimReviewDate", nullSafe(f.getInterimReviewDate())),
                Map.entry("finalReviewDate", nullSafe(f.getFinalReviewDate())))) {
            LocalDate value = date.getValue().orElse(null);
            if (value != null && value.isAfter(today)) {
                errors.add(new FieldError(date.getKey(), "congress.date.future"));
            } else if (value != null && issued != null && value.isBefore(issued)) {
                errors.add(new FieldError(date.getKey(), "directive.beforeIssued", Map.of("issued", VietnameseFormat.date(issued))));
            }
        }
        if (submission && errors.isEmpty()) {
            if (f.getSessions().isEmpty()) {
                errors.add(new FieldError("sessions", "directive.session.required"));
            }
            if (d.isPlanRequired() && f.getPlanNumber() == null) {
                errors.add(new FieldError("planNumber", "directive.plan.required"));
            }
            if (d.isPlanRequired() && f.getPlanDate() == null) {
                errors.add(new FieldError("planDate", "directive.plan.required"));
            }
        }
        return errors;
    }

    private static Optional<LocalDate> nullSafe(LocalDate d) {
        return Optional.ofNullable(d);
    }
}
