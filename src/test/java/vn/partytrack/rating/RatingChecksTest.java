package vn.partytrack.rating;

import org.junit.jupiter.api.Test;
import vn.partytrack.platform.FieldError;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of each rule set's checks, with the figures a board would work them out from. */
class RatingChecksTest {

    static final List<RuleSet.RatingLevel> LEVELS = List.of(level("HTXS", 1, null), level("HTT", 2, null), level("HT", 3, null), level("KHT", 4, null));
    static final List<RuleSet.RatingLevel> SCORED = List.of(level("HTXS", 1, 90), level("HTT", 2, 70), level("HT", 3, 50), level("KHT", 4, 0));

    /** QĐ 132 with HD 16 and HD 21 (2018–2022): members HTXS ≤ 20% of HTT per organisation; five criteria. */
    static final RuleSet QD132 = new RuleSet(1L, "QD132-2018", "QĐ 132", "QĐ 132", "", 2018, 2022, false, BigDecimal.valueOf(20),
            BigDecimal.valueOf(20), RuleSet.QuotaGroup.COMMITTEE, "HTT", true, LEVELS,
            List.of(criterion("NHIEM_VU_CHINH_TRI", null), criterion("CHINH_TRI_TU_TUONG", null)), List.of());
    /** QĐ 124 with HD 25 (2023–2024): the same quota, the organisation quota per group of similar units. */
    static final RuleSet QD124 = new RuleSet(2L, "QD124-2023", "QĐ 124", "QĐ 124", "", 2023, 2024, false, BigDecimal.valueOf(20),
            BigDecimal.valueOf(20), RuleSet.QuotaGroup.BLOC, "HTT", true, LEVELS,
            List.of(criterion("KET_QUA_NHIEM_VU", null)), List.of());
    /** QĐ 366 with HD 43 (from 2025): 100 points, HTXS from 90. */
    static final RuleSet QD366 = new RuleSet(3L, "QD366-2025", "QĐ 366", "QĐ 366", "", 2025, null, true, BigDecimal.valueOf(20),
            BigDecimal.valueOf(20), RuleSet.QuotaGroup.BLOC, "HTT", true, SCORED,
            List.of(criterion("KET_QUA_NHIEM_VU", 50), criterion("XAY_DUNG_DANG", 30), criterion("KHAC_PHUC_HAN_CHE", 20)), List.of());

    static RuleSet.RatingLevel level(String code, int rank, Integer min) {
        return new RuleSet.RatingLevel(code, rank, code, code, min == null ? null : BigDecimal.valueOf(min));
    }

    static RuleSet.RatingCriterion criterion(String code, Integer max) {
        return new RuleSet.RatingCriterion("COLLECTIVE", code, 1, code, code, max == null ? null : BigDecimal.valueOf(max));
    }

    static RatingChecks.Figures members(int excellent, int good, int completed) {
        int total = excellent + good + completed;
        return new RatingChecks.Figures(total, total, excellent, good, false, false, null);
    }

    static List<String> rules(List<Breach> breaches) {
        return breaches.stream().map(Breach::rule).toList();
    }

    @Test
    void qd132TheMemberQuotaIsAFifthOfTheGoodRoundedDown() {
        // a cell of 14 members: 10 good allow 2 excellent (20% of 10); 3 is one too many
        assertThat(RatingChecks.breaches(QD132, "HTT", members(2, 10, 2), true, null)).isEmpty();
        List<Breach> over = RatingChecks.breaches(QD132, "HTT", members(3, 10, 1), true, null);
        assertThat(rules(over)).containsExactly("MEMBER_QUOTA");
        assertThat(over.get(0).arguments()).containsEntry("excellent", 3).containsEntry("good", 10).containsEntry("max", 2)
                .containsEntry("percent", "20");
        // 4 good members allow none: floor(0.8) = 0
        assertThat(rules(RatingChecks.breaches(QD132, "HT", members(1, 4, 0), true, null))).containsExactly("MEMBER_QUOTA");
    }

    @Test
    void qd132TheOrganisationQuotaCountsTheOtherUnitsOfTheCommittee() {
        // 12 units rated good and 2 excellent under the committee: a third excellent needs 15 good
        RatingChecks.Group group = new RatingChecks.Group("Quận ủy Hai Bà Trưng", 2, 12);
        List<Breach> over = RatingChecks.breaches(QD132, "HTXS", members(1, 10, 0), true, group);
        assertThat(rules(over)).containsExactly("ORG_QUOTA");
        assertThat(over.get(0).arguments()).containsEntry("excellent", 3).containsEntry("max", 2).containsEntry("group", "Quận ủy Hai Bà Trưng");
        assertThat(RatingChecks.breaches(QD132, "HTXS", members(1, 10, 0), true, new RatingChecks.Group("Q", 2, 15))).isEmpty();
        assertThat(RatingChecks.breaches(QD132, "HTT", members(1, 10, 0), true, group)).isEmpty();
    }

    @Test
    void qd124ACollectiveWithADisciplinedLeaderIsAtBestGoodAndAnUnacceptedReportIsShown() {
        assertThat(rules(RatingChecks.breaches(QD124, "HTXS", new RatingChecks.Figures(20, 20, 2, 14, false, true, null), true, null)))
                .containsExactly("DISCIPLINE_CAP");
        assertThat(RatingChecks.breaches(QD124, "HTT", new RatingChecks.Figures(20, 20, 2, 14, false, true, null), true, null)).isEmpty();
        assertThat(rules(RatingChecks.breaches(QD124, "HTT", members(2, 14, 4), false, null))).containsExactly("REPORT_NOT_ACCEPTED");
        assertThat(RatingChecks.breaches(QD124, "KHT", members(2, 14, 4), false, null)).isEmpty();
    }

    @Test
    void qd124ALevelTheRuleSetDoesNotHaveAndCountsThatDoNotAddUpCannotBeOverridden() {
        List<Breach> unknown = RatingChecks.breaches(QD124, "TSVM", members(1, 5, 0), true, null);
        assertThat(rules(unknown)).containsExactly("LEVEL_UNKNOWN");
        assertThat(unknown.get(0).overridable()).isFalse();
        List<Breach> counts = RatingChecks.breaches(QD124, "HT", new RatingChecks.Figures(30, 28, 1, 10, false, false, null), true, null);
        assertThat(rules(counts)).containsExactly("COUNTS");
        assertThat(counts.get(0).overridable()).isFalse();
    }

    @Test
    void qd366TheLevelNeedsItsScore() {
        RatingChecks.Figures scored88 = new RatingChecks.Figures(7, 7, 1, 5, false, false, new BigDecimal("88.5"));
        List<Breach> breaches = RatingChecks.breaches(QD366, "HTXS", scored88, true, null);
        assertThat(rules(breaches)).containsExactly("SCORE");
        assertThat(breaches.get(0).arguments()).containsEntry("score", "88.5").containsEntry("min", "90");
        assertThat(RatingChecks.breaches(QD366, "HTT", scored88, true, null)).isEmpty();
        // 5 good members allow 1 excellent
        assertThat(rules(RatingChecks.breaches(QD366, "HTT", new RatingChecks.Figures(7, 7, 2, 5, false, false, new BigDecimal("75")), true, null)))
                .containsExactly("MEMBER_QUOTA");
    }

    @Test
    void theSelfAssessmentIsRefusedFieldByField() {
        RatingForm f = new RatingForm();
        f.setSelfLevel("XUAT_SAC");
        f.setMembersTotal(20);
        f.setMembersHtt(15);
        f.setMembersHt(4);
        f.setMembersExempted(2);
        f.setCellsHt(-1);
        f.getEvidence().add(new RatingForm.Evidence("KET_QUA_NHIEM_VU", new BigDecimal("55"), "Hoàn thành 100% chỉ tiêu"));
        f.getEvidence().add(new RatingForm.Evidence("KHONG_CO", null, "x"));
        List<FieldError> errors = RatingChecks.input(QD366, f, true);
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("selfLevel", "selfScore", "cellsHt",
                "membersTotal", "exemptionReason", "evidence[0].score", "evidence[1].criterion", "evidence");
        assertThat(errors.stream().filter(e -> e.field().equals("membersTotal")).findFirst().orElseThrow().arguments())
                .containsEntry("counted", 21).containsEntry("total", 20);
    }

    @Test
    void aCompleteSelfAssessmentPasses() {
        RatingForm f = new RatingForm();
        f.setSelfLevel("HTT");
        f.setMembersTotal(12);
        f.setMembersHtxs(2);
        f.setMembersHtt(9);
        f.setMembersNotReviewed(1);
        f.setExemptionReason("1 đồng chí nghỉ thai sản cả năm");
        f.getEvidence().add(new RatingForm.Evidence("KET_QUA_NHIEM_VU", null, "Hoàn thành các chỉ tiêu được giao"));
        assertThat(RatingChecks.input(QD124, f, true)).isEmpty();
        assertThat(RatingChecks.input(QD124, new RatingForm(), false)).isEmpty();
    }
}
