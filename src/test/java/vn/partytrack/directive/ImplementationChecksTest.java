package vn.partytrack.directive;

import org.junit.jupiter.api.Test;
import vn.partytrack.platform.FieldError;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImplementationChecksTest {

    static final LocalDate TODAY = LocalDate.of(2020, 11, 28);

    Directive directive(boolean planRequired) throws Exception {
        Directive d = new Directive("NQ-ĐH-XXVI");
        set(d, "issuedOn", LocalDate.of(2020, 8, 20));
        set(d, "planRequired", planRequired);
        return d;
    }

    static ImplementationForm.Session session(LocalDate on, Integer members, Integer attending) {
        ImplementationForm.Session s = new ImplementationForm.Session();
        s.setHeldOn(on);
        s.setMembersAtDate(members);
        s.setMembersAttending(attending);
        return s;
    }

    List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void sessionsMustBeDatedWithinReasonAndAttendanceWithinMembers() throws Exception {
        ImplementationForm f = new ImplementationForm();
        f.getSessions().add(session(LocalDate.of(2020, 9, 15), 20, 21));
        f.getSessions().add(session(LocalDate.of(2020, 8, 1), 20, 18));
        f.getSessions().add(session(LocalDate.of(2020, 12, 1), 0, 0));
        assertThat(fields(ImplementationChecks.check(f, directive(false), TODAY, false))).containsExactlyInAnyOrder(
                "sessions[0].membersAttending", "sessions[1].heldOn", "sessions[2].heldOn", "sessions[2].membersAtDate");
    }

    @Test
    void aSubmissionNeedsASessionAndThePlanWhenRequired() throws Exception {
        ImplementationForm f = new ImplementationForm();
        assertThat(ImplementationChecks.check(f, directive(true), TODAY, false)).isEmpty();
        assertThat(fields(ImplementationChecks.check(f, directive(true), TODAY, true)))
                .containsExactlyInAnyOrder("sessions", "planNumber", "planDate");
        f.getSessions().add(session(LocalDate.of(2020, 9, 15), 20, 19));
        f.setPlanNumber("15-KH/CB");
        f.setPlanDate(LocalDate.of(2020, 9, 20));
        assertThat(ImplementationChecks.check(f, directive(true), TODAY, true)).isEmpty();
    }

    static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
