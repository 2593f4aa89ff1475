package vn.partytrack.admission;

import vn.partytrack.platform.FieldError;
import vn.partytrack.platform.VietnameseFormat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks of the admission pipeline, each naming the field it refuses: a new candidate (name, birth date, the
 * awareness course's date) and a stage reached (the next stage only, dates in order and not in the future, the
 * document number where the stage needs one, the age and the awareness certificate when the cell proposes, the
 * probation over before recognition).
 */
public final class CandidateChecks {

    static final int MAX_NAME = 200;
    static final int MAX_NUMBER = 60;
    static final int MAX_REASON = 2000;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private CandidateChecks() {
    }

    /** A new candidate; the texts already cleaned. */
    public static List<FieldError> create(String fullName, LocalDate birthDate, LocalDate awarenessDate, String certificate,
                                          LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (fullName == null) {
            errors.add(new FieldError("fullName", "field.required"));
        } else if (fullName.length() > MAX_NAME) {
            errors.add(new FieldError("fullName", "field.tooLong", Map.of("max", MAX_NAME)));
        }
        if (birthDate != null && (birthDate.isBefore(EARLIEST) || birthDate.isAfter(today))) {
            errors.add(new FieldError("birthDate", "admission.date.range", Map.of("today", VietnameseFormat.date(today))));
        }
        if (awarenessDate == null) {
            errors.add(new FieldError("awarenessDate", "field.required"));
        } else if (awarenessDate.isBefore(EARLIEST) || awarenessDate.isAfter(today)) {
            errors.add(new FieldError("awarenessDate", "admission.date.range", Map.of("today", VietnameseFormat.date(today))));
        } else if (birthDate != null && !awarenessDate.isAfter(birthDate)) {
            errors.add(new FieldError("awarenessDate", "admission.date.beforeBirth"));
        }
        if (certificate != null && certificate.length() > MAX_NUMBER) {
            errors.add(new FieldError("awarenessCertificate", "field.tooLong", Map.of("max", MAX_NUMBER)));
        }
        return errors;
    }

    /** A stage reached after {@code p}; the texts already cleaned. */
    public static List<FieldError> advance(Progress p, String stageCode, LocalDate date, String number, String reason,
                                           AdmissionRule rule, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        AdmissionStage to = AdmissionStage.of(stageCode).orElse(null);
        if (stageCode == null || stageCode.isBlank()) {
            errors.add(new FieldError("stage", "field.required"));
        } else if (to == null || to == AdmissionStage.HOC_NHAN_THUC) {
            errors.add(new FieldError("stage", "admission.stage.unknown", Map.of("value", stageCode)));
        } else if (p.stage().closed()) {
            errors.add(new FieldError("stage", "admission.stage.closed"));
        } else if (!p.stage().mayAdvanceTo(to)) {
            errors.add(to.ordinal() <= p.stage().ordinal()
                    ? new FieldError("stage", "admission.stage.passed", Map.of("stage", to.name()))
                    : new FieldError("stage", "admission.stage.skipped", Map.of("expected", p.stage().next().orElseThrow().name())));
        }
        if (date == null) {
            errors.add(new FieldError("date", "field.required"));
        } else if (date.isBefore(EARLIEST) || date.isAfter(today)) {
            errors.add(new FieldError("date", "admission.date.range", Map.of("today", VietnameseFormat.date(today))));
        } else if (p.latestDate() != null && date.isBefore(p.latestDate())) {
            errors.add(new FieldError("date", "admission.date.beforePrevious", Map.of("previous", VietnameseFormat.date(p.latestDate()))));
        } else if (to == AdmissionStage.CHI_BO_DE_NGHI && p.awarenessDate().plusYears(rule.awarenessValidYears()).isBefore(date)) {
            errors.add(new FieldError("date", "admission.awarenessExpired", Map.of("years", rule.awarenessValidYears())));
        } else if (to == AdmissionStage.CHINH_THUC && p.ceremonyDate() != null
                && date.isBefore(Deadlines.probationEnd(p.ceremonyDate(), rule))) {
            errors.add(new FieldError("date", "admission.recognition.beforeProbationEnd",
                    Map.of("end", VietnameseFormat.date(Deadlines.probationEnd(p.ceremonyDate(), rule)))));
        }
        if (to == AdmissionStage.CHI_BO_DE_NGHI && date != null && p.birthDate() != null) {
            int age = Period.between(p.birthDate(), date).getYears();
            if (age < rule.minAge() || age > rule.maxAge()) {
                errors.add(new FieldError("birthDate", "admission.age", Map.of("age", age, "min", rule.minAge(), "max", rule.maxAge())));
            }
        }
        if (to != null && to.numbered() && number == null) {
            errors.add(new FieldError("decisionNumber", "admission.number.required"));
        } else if (number != null && number.length() > MAX_NUMBER) {
            errors.add(new FieldError("decisionNumber", "field.tooLong", Map.of("max", MAX_NUMBER)));
        }
        if (to == AdmissionStage.XOA_TEN_DU_BI && reason == null) {
            errors.add(new FieldError("reason", "field.required"));
        } else if (reason != null && reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "field.tooLong", Map.of("max", MAX_REASON)));
        }
        return errors;
    }
}
