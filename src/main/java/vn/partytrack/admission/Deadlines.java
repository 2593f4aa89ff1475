package vn.partytrack.admission;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The deadlines of a candidate, computed from its dates and the rule, never stored as flags: the ceremony is due
 * within the rule's working days of the decision; the probation ends the rule's months after the ceremony; the cell
 * reviews full membership from then, within the rule's working days (Monday to Friday less the public holidays, see
 * {@link WorkingDays}). {@code followUp} is what the current stage waits
 * for ({@code CEREMONY} or {@code RECOGNITION}, null for none) with its due date; overdue once that day has passed.
 */
public record Deadlines(LocalDate ceremonyDue, LocalDate probationEnd, LocalDate recognitionDue, String followUp,
                        LocalDate followUpDue, boolean recognitionReviewOpen, boolean overdue, int overdueDays,
                        boolean ceremonyLate) implements Serializable {

    public static final String CEREMONY = "CEREMONY";
    public static final String RECOGNITION = "RECOGNITION";

    /** The deadlines with no public holiday deducted (tests, and callers without the holiday set). */
    public static Deadlines of(Progress p, AdmissionRule rule, LocalDate today) {
        return of(p, rule, today, Set.of());
    }

    /** The deadlines, the working days skipping {@code holidays} (from {@link PublicHolidays#days()}). */
    public static Deadlines of(Progress p, AdmissionRule rule, LocalDate today, Set<LocalDate> holidays) {
        LocalDate ceremonyDue = p.decisionDate() == null ? null : WorkingDays.after(p.decisionDate(), rule.ceremonyWorkingDays(), holidays);
        LocalDate probationEnd = p.ceremonyDate() == null ? null : probationEnd(p.ceremonyDate(), rule);
        LocalDate recognitionDue = probationEnd == null ? null : WorkingDays.after(probationEnd, rule.recognitionWorkingDays(), holidays);
        String followUp = null;
        LocalDate due = null;
        if (p.stage() == AdmissionStage.QUYET_DINH_KET_NAP) {
            followUp = CEREMONY;
            due = ceremonyDue;
        } else if (p.stage() == AdmissionStage.DA_KET_NAP) {
            followUp = RECOGNITION;
            due = recognitionDue;
        }
        boolean overdue = due != null && today.isAfter(due);
        int days = overdue ? (int) ChronoUnit.DAYS.between(due, today) : 0;
        boolean reviewOpen = p.stage() == AdmissionStage.DA_KET_NAP && !today.isBefore(probationEnd);
        boolean ceremonyLate = p.ceremonyDate() != null && ceremonyDue != null && p.ceremonyDate().isAfter(ceremonyDue);
        return new Deadlines(ceremonyDue, probationEnd, recognitionDue, followUp, due, reviewOpen, overdue, days, ceremonyLate);
    }

    /** The day the probation ends: the same day of the month, the rule's months after the ceremony. */
    public static LocalDate probationEnd(LocalDate ceremony, AdmissionRule rule) {
        return ceremony.plusMonths(rule.probationMonths());
    }
}
