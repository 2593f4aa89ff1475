package vn.partytrack.admission;

import org.junit.jupiter.api.Test;
import vn.partytrack.platform.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The admission pipeline's rules: stage order, dates, decision numbers, ages, and the deadlines computed from them. */
class CandidateChecksTest {

    static final AdmissionRule RULE = new AdmissionRule(1L, "DIEU-LE-2011", "", "", "", LocalDate.of(2011, 1, 19), 30, 12, 30, 5, 18, 60);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7); // a Monday

    static Progress at(AdmissionStage stage, LocalDate awareness, LocalDate proposal, LocalDate verification, LocalDate decision,
                       LocalDate ceremony) {
        return new Progress(stage, LocalDate.of(1995, 5, 1), awareness, proposal, verification, decision, ceremony, null, null);
    }

    static final Progress AWARE = at(AdmissionStage.HOC_NHAN_THUC, LocalDate.of(2026, 3, 2), null, null, null, null);
    static final Progress VERIFIED = at(AdmissionStage.THAM_TRA, LocalDate.of(2025, 3, 2), LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 8, 3), null, null);
    static final Progress DECIDED = at(AdmissionStage.QUYET_DINH_KET_NAP, LocalDate.of(2025, 3, 2), LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 8, 3), LocalDate.of(2026, 10, 1), null);
    static final Progress ADMITTED = at(AdmissionStage.DA_KET_NAP, LocalDate.of(2024, 3, 2), LocalDate.of(2025, 6, 1),
            LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 19));

    static Map<String, String> fields(List<FieldError> errors) {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey, (a, b) -> a));
    }

    @Test
    void theNextStageIsRecordedWithItsDate() {
        assertThat(CandidateChecks.advance(AWARE, "CHI_BO_DE_NGHI", LocalDate.of(2026, 6, 1), null, null, RULE, TODAY)).isEmpty();
        assertThat(CandidateChecks.advance(VERIFIED, "QUYET_DINH_KET_NAP", LocalDate.of(2026, 10, 1), "125-QĐ/ĐU", null, RULE, TODAY)).isEmpty();
        assertThat(CandidateChecks.advance(ADMITTED, "XOA_TEN_DU_BI", LocalDate.of(2026, 10, 1), "88-QĐ/ĐU", "Vi phạm tư cách", RULE, TODAY)).isEmpty();
    }

    @Test
    void aStageCannotBeSkippedRepeatedOrInvented() {
        assertThat(fields(CandidateChecks.advance(AWARE, "QUYET_DINH_KET_NAP", LocalDate.of(2026, 6, 1), "1-QĐ", null, RULE, TODAY)))
                .containsEntry("stage", "admission.stage.skipped");
        assertThat(fields(CandidateChecks.advance(DECIDED, "THAM_TRA", LocalDate.of(2026, 11, 1), null, null, RULE, TODAY)))
                .containsEntry("stage", "admission.stage.passed");
        assertThat(fields(CandidateChecks.advance(AWARE, "KET_NAP_NGAY", LocalDate.of(2026, 6, 1), null, null, RULE, TODAY)))
                .containsEntry("stage", "admission.stage.unknown");
        assertThat(fields(CandidateChecks.advance(AWARE, "XOA_TEN_DU_BI", LocalDate.of(2026, 6, 1), "1-QĐ", "x", RULE, TODAY)))
                .containsEntry("stage", "admission.stage.skipped");
        assertThat(fields(CandidateChecks.advance(AWARE, null, LocalDate.of(2026, 6, 1), null, null, RULE, TODAY)))
                .containsEntry("stage", "field.required");
        Progress full = new Progress(AdmissionStage.CHINH_THUC, null, LocalDate.of(2020, 1, 1), null, null, null, null, null, null);
        assertThat(fields(CandidateChecks.advance(full, "XOA_TEN_DU_BI", TODAY, "1-QĐ", "x", RULE, TODAY)))
                .containsEntry("stage", "admission.stage.closed");
    }

    @Test
    void datesComeInOrderAndNotInTheFuture() {
        assertThat(fields(CandidateChecks.advance(VERIFIED, "QUYET_DINH_KET_NAP", LocalDate.of(2026, 8, 2), "125-QĐ/ĐU", null, RULE, TODAY)))
                .containsEntry("date", "admission.date.beforePrevious");
        assertThat(CandidateChecks.advance(VERIFIED, "QUYET_DINH_KET_NAP", LocalDate.of(2026, 8, 3), "125-QĐ/ĐU", null, RULE, TODAY)).isEmpty();
        assertThat(fields(CandidateChecks.advance(VERIFIED, "QUYET_DINH_KET_NAP", TODAY.plusDays(1), "125-QĐ/ĐU", null, RULE, TODAY)))
                .containsEntry("date", "admission.date.range");
        assertThat(fields(CandidateChecks.advance(VERIFIED, "QUYET_DINH_KET_NAP", null, "125-QĐ/ĐU", null, RULE, TODAY)))
                .containsEntry("date", "field.required");
        assertThat(fields(CandidateChecks.create("Nguyễn Văn A", LocalDate.of(2000, 1, 1), LocalDate.of(1999, 1, 1), null, TODAY)))
                .containsEntry("awarenessDate", "admission.date.beforeBirth");
        assertThat(fields(CandidateChecks.create(null, null, null, null, TODAY))).containsKeys("fullName", "awarenessDate");
    }

    @Test
    void theDecisionRecognitionAndRemovalNeedTheirNumber() {
        assertThat(fields(CandidateChecks.advance(VERIFIED, "QUYET_DINH_KET_NAP", LocalDate.of(2026, 10, 1), null, null, RULE, TODAY)))
                .containsEntry("decisionNumber", "admission.number.required");
        assertThat(fields(CandidateChecks.advance(ADMITTED, "CHINH_THUC", LocalDate.of(2026, 10, 1), null, null, RULE, TODAY)))
                .containsEntry("decisionNumber", "admission.number.required");
        assertThat(fields(CandidateChecks.advance(ADMITTED, "XOA_TEN_DU_BI", LocalDate.of(2026, 10, 1), null, null, RULE, TODAY)))
                .containsKeys("decisionNumber", "reason");
        // the proposal and the verification may have none
        assertThat(CandidateChecks.advance(AWARE, "CHI_BO_DE_NGHI", LocalDate.of(2026, 6, 1), null, null, RULE, TODAY)).isEmpty();
    }

    @Test
    void fullMembershipOnlyAfterTheProbationAndAgeAndCertificateWhenTheCellProposes() {
        // the ceremony on 19/9/2025: the probation ends on 19/9/2026
        assertThat(fields(CandidateChecks.advance(ADMITTED, "CHINH_THUC", LocalDate.of(2026, 9, 18), "9-QĐ", null, RULE, TODAY)))
                .containsEntry("date", "admission.recognition.beforeProbationEnd");
        assertThat(CandidateChecks.advance(ADMITTED, "CHINH_THUC", LocalDate.of(2026, 9, 19), "9-QĐ", null, RULE, TODAY)).isEmpty();
        Progress young = new Progress(AdmissionStage.HOC_NHAN_THUC, LocalDate.of(2009, 1, 1), LocalDate.of(2026, 1, 5), null, null, null, null, null, null);
        assertThat(fields(CandidateChecks.advance(young, "CHI_BO_DE_NGHI", LocalDate.of(2026, 6, 1), null, null, RULE, TODAY)))
                .containsEntry("birthDate", "admission.age");
        Progress old = at(AdmissionStage.HOC_NHAN_THUC, LocalDate.of(2020, 1, 6), null, null, null, null);
        assertThat(fields(CandidateChecks.advance(old, "CHI_BO_DE_NGHI", LocalDate.of(2025, 1, 7), null, null, RULE, TODAY)))
                .containsEntry("date", "admission.awarenessExpired");
    }

    @Test
    void theCeremonyIsDueThirtyWorkingDaysAfterTheDecision() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 10, 1), 30)).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        Deadlines d = Deadlines.of(DECIDED, RULE, LocalDate.of(2026, 11, 12));
        assertThat(d.followUp()).isEqualTo(Deadlines.CEREMONY);
        assertThat(d.ceremonyDue()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(d.overdue()).isFalse();
        Deadlines late = Deadlines.of(DECIDED, RULE, TODAY);
        assertThat(late.overdue()).isTrue();
        assertThat(late.overdueDays()).isEqualTo(25);
    }

    @Test
    void recognitionIsReviewedWhenTheTwelveMonthProbationEnds() {
        Deadlines before = Deadlines.of(ADMITTED, RULE, LocalDate.of(2026, 9, 18));
        assertThat(before.probationEnd()).isEqualTo(LocalDate.of(2026, 9, 19));
        assertThat(before.recognitionReviewOpen()).isFalse();
        Deadlines open = Deadlines.of(ADMITTED, RULE, LocalDate.of(2026, 9, 21));
        assertThat(open.recognitionReviewOpen()).isTrue();
        assertThat(open.followUp()).isEqualTo(Deadlines.RECOGNITION);
        assertThat(open.recognitionDue()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(open.overdue()).isFalse();
        assertThat(Deadlines.of(ADMITTED, RULE, TODAY).overdue()).isTrue();
        // a ceremony held after its deadline is shown as late
        Progress heldLate = at(AdmissionStage.DA_KET_NAP, LocalDate.of(2024, 3, 2), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 8, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1));
        assertThat(Deadlines.of(heldLate, RULE, TODAY).ceremonyLate()).isTrue();
        assertThat(Deadlines.of(ADMITTED, RULE, TODAY).ceremonyLate()).isFalse();
    }
}
