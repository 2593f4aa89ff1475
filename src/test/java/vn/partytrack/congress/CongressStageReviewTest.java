package vn.partytrack.congress;

import org.junit.jupiter.api.Test;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.review.ReviewAction;
import vn.partytrack.review.ReviewStatus;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A congress stage goes through the shared review only when the committee confirms it, and moves its congress. */
class CongressStageReviewTest {

    final Instant t = Instant.parse("2025-03-10T03:00:00Z");
    final Organisation unit = new Organisation("MAU-1", t);
    final CongressTerm term = new CongressTerm("2025-2030", "Nhiệm kỳ 2025-2030 (mẫu)", "Term 2025-2030 (sample)", "Chỉ thị 35-CT/TW",
            LocalDate.of(2025, 6, 30), 100);

    @Test
    void aStageTheCommitteeConfirmsIsSubmittedReturnedAndAcceptedAndMovesItsCongress() throws Exception {
        Congress congress = new Congress(unit, term, t);
        CongressStageRecord record = congress.reach(stage("DUOC_DONG_Y", true), LocalDate.of(2025, 3, 1), null, "bithu01", t);
        assertThat(record.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(record.reached()).isFalse();

        record.submit("bithu01", t.plusSeconds(60));
        assertThat(updatedAt(congress)).isEqualTo(t.plusSeconds(60));
        record.returnForCorrection("tochuc", "Thiếu biên bản hội nghị", t.plusSeconds(120));
        assertThat(record.lastReturnReason()).isEqualTo("Thiếu biên bản hội nghị");
        assertThat(record.organisation()).isSameAs(unit);
        assertThat(record.subject()).isEqualTo("DUOC_DONG_Y tên");

        record.submit("bithu01", t.plusSeconds(180));
        record.accept("tochuc", t.plusSeconds(240));
        assertThat(record.reached()).isTrue();
        assertThat(record.lastReturnReason()).isNull();
        assertThat(record.history()).extracting(h -> h.action()).containsExactly(ReviewAction.CREATE, ReviewAction.SUBMIT,
                ReviewAction.RETURN, ReviewAction.RESUBMIT, ReviewAction.ACCEPT);
        assertThat(updatedAt(congress)).isEqualTo(t.plusSeconds(240));
    }

    @Test
    void aStageTheUnitRecordsItselfHasNoReview() throws Exception {
        Congress congress = new Congress(unit, term, t);
        CongressStageRecord record = congress.reach(stage("XAY_DUNG_VAN_KIEN", false), LocalDate.of(2025, 3, 1), null, "bithu01", t);
        assertThat(record.history()).isEmpty();
        assertThat(record.reached()).isTrue();
        assertThatThrownBy(() -> record.submit("bithu01", t)).isInstanceOf(IllegalTransition.class)
                .hasMessage("congress.stageNotReviewed");
    }

    private static CongressStage stage(String code, boolean districtConfirms) throws Exception {
        CongressStage stage = new CongressStage();
        set(stage, "code", code);
        set(stage, "nameVi", code + " tên");
        set(stage, "districtConfirms", districtConfirms);
        return stage;
    }

    private static Instant updatedAt(Congress congress) throws Exception {
        Field f = Congress.class.getDeclaredField("updatedAt");
        f.setAccessible(true);
        return (Instant) f.get(congress);
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
