package vn.partytrack.assessment;

import vn.partytrack.review.ReviewAction;
import vn.partytrack.platform.IllegalTransition;
import vn.partytrack.review.ReviewStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partytrack.organisation.Organisation;
import vn.partytrack.period.ReportingPeriod;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWorkflowTest {

    final Instant t = Instant.parse("2020-06-10T03:00:00Z");
    ReportingPeriod period;
    Report report;

    @BeforeEach
    void draft() throws Exception {
        period = new ReportingPeriod("2020-H1");
        set(period, "open", true);
        set(period, "startDate", LocalDate.of(2020, 1, 1));
        set(period, "endDate", LocalDate.of(2020, 6, 30));
        report = new Report(new Organisation("MAU-1", t), period, "bithu01", t);
    }

    @Test
    void theWholeLoopIsKeptAsHistory() {
        report.submit("bithu01", t.plusSeconds(60));
        report.returnForCorrection("tochuc", "Bổ sung số liệu sinh hoạt chi bộ", t.plusSeconds(120));
        assertThat(report.lastReturnReason()).isEqualTo("Bổ sung số liệu sinh hoạt chi bộ");
        report.edit(Map.of("MEETINGS_HELD", ReportValue.of(BigDecimal.valueOf(6))), Map.of(), List.of(), t.plusSeconds(150));
        report.submit("bithu01", t.plusSeconds(180));
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.RESUBMITTED);
        assertThat(report.lastReturnReason()).isNull();
        report.accept("tochuc", t.plusSeconds(240));
        report.lock("vanphong", t.plusSeconds(300));
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.LOCKED);
        assertThat(report.getFirstSubmittedAt()).isEqualTo(t.plusSeconds(60));
        assertThat(report.getReview().lastSubmittedAt()).isEqualTo(t.plusSeconds(180));
        assertThat(report.getEvents()).extracting(ReportEvent::getAction).containsExactly(
                ReviewAction.CREATE, ReviewAction.SUBMIT, ReviewAction.RETURN,
                ReviewAction.RESUBMIT, ReviewAction.ACCEPT, ReviewAction.LOCK);
        assertThat(report.getEvents()).extracting(ReportEvent::getActor)
                .containsExactly("bithu01", "bithu01", "tochuc", "bithu01", "tochuc", "vanphong");
    }

    @Test
    void aReturnNeedsAReason() {
        report.submit("bithu01", t);
        assertThatThrownBy(() -> report.returnForCorrection("tochuc", "  ", t))
                .isInstanceOf(IllegalTransition.class).hasMessage("review.reasonRequired");
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void illegalStepsAreRefused() {
        assertThatThrownBy(() -> report.accept("tochuc", t)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> report.lock("tochuc", t)).isInstanceOf(IllegalTransition.class);
        report.submit("bithu01", t);
        assertThatThrownBy(() -> report.submit("bithu01", t)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> report.edit(Map.of(), Map.of(), List.of(), t))
                .isInstanceOf(IllegalTransition.class).hasMessage("review.notEditable");
        assertThatThrownBy(() -> report.requestUnlock("bithu01", "sửa số liệu", t)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anAcceptedReportReopensOnlyThroughAGrantedUnlockRequest() {
        report.submit("bithu01", t);
        report.accept("tochuc", t);
        assertThatThrownBy(() -> report.edit(Map.of(), Map.of(), List.of(), t)).isInstanceOf(IllegalTransition.class);
        report.requestUnlock("bithu01", "Cập nhật số đảng viên nữ", t);
        assertThatThrownBy(() -> report.requestUnlock("bithu01", "lần nữa", t)).hasMessage("review.unlockAlreadyRequested");
        report.refuseUnlock("tochuc", "Số liệu đã tổng hợp", t);
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(report.getReview().unlockRequestedAt()).isNull();
        report.requestUnlock("bithu01", "Cập nhật số đảng viên nữ", t);
        report.grantUnlock("tochuc", null, t);
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.RETURNED);
        report.edit(Map.of(), Map.of(), List.of(), t);
        report.submit("bithu01", t);
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.RESUBMITTED);
    }

    @Test
    void aClosedPeriodTakesNoMoreChanges() throws Exception {
        set(period, "open", false);
        assertThatThrownBy(() -> report.submit("bithu01", t)).hasMessage("report.periodClosed");
        assertThatThrownBy(() -> report.edit(Map.of(), Map.of(), List.of(), t)).hasMessage("report.periodClosed");
    }

    static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
