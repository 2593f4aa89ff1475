package vn.partytrack.assessment;

import org.junit.jupiter.api.Test;
import vn.partytrack.platform.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChecksTest {

    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final LocalDate END = LocalDate.of(2020, 6, 30);

    final List<Indicator> indicators = List.of(
            new Indicator("MEMBERS_TOTAL", "ORGANISATION", Indicator.Kind.COUNT, BigDecimal.ZERO, BigDecimal.valueOf(1_000_000), true, Indicator.Prefill.REGISTRY_TOTAL),
            new Indicator("MEMBERS_FULL", "ORGANISATION", Indicator.Kind.COUNT, BigDecimal.ZERO, BigDecimal.valueOf(1_000_000), true, null),
            new Indicator("MEMBERS_PROBATIONARY", "ORGANISATION", Indicator.Kind.COUNT, BigDecimal.ZERO, BigDecimal.valueOf(1_000_000), true, null),
            new Indicator("ATTENDANCE", "ORGANISATION", Indicator.Kind.PERCENT, BigDecimal.ZERO, BigDecimal.valueOf(100), false, null),
            new Indicator("CONFERENCE", "DEMOCRACY", Indicator.Kind.DATE, null, null, false, null));
    final List<ReportSection> sections = List.of(
            new ReportSection("SITUATION", "Đặc điểm tình hình", true, true),
            new ReportSection("ORGANISATION", "Công tác tổ chức", true, false));
    final List<IndicatorRule> rules = List.of(
            new IndicatorRule("MEMBERS_ADD_UP", "MEMBERS_FULL + MEMBERS_PROBATIONARY", "EQ", "MEMBERS_TOTAL", "MEMBERS_TOTAL"));

    ReportForm form(Map<String, Object> numbers) {
        ReportForm f = new ReportForm();
        numbers.forEach((k, v) -> f.getNumbers().put(k, new BigDecimal(v.toString())));
        return f;
    }

    List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aDraftMayBeIncompleteButNotMalformed() {
        ReportForm f = form(Map.of("MEMBERS_TOTAL", 10, "ATTENDANCE", "97.5"));
        assertThat(ReportChecks.check(f, indicators, sections, rules, START, END, false)).isEmpty();

        ReportForm bad = form(Map.of("MEMBERS_TOTAL", -1, "MEMBERS_FULL", "2.5", "ATTENDANCE", "101", "NO_SUCH", 1));
        bad.getDates().put("CONFERENCE", LocalDate.of(2020, 7, 9));
        bad.getTexts().put("SITUATION", "x".repeat(ReportChecks.MAX_TEXT + 1));
        assertThat(ReportChecks.check(bad, indicators, sections, rules, START, END, false)).extracting(FieldError::messageKey)
                .containsExactlyInAnyOrder("field.notNegative", "report.value.whole", "report.value.range",
                        "report.value.unknown", "report.value.dateOutside", "field.tooLong");
    }

    @Test
    void aSubmissionNeedsEveryRequiredFigureAndSectionAndEveryRuleToHold() {
        ReportForm f = form(Map.of("MEMBERS_TOTAL", 10, "MEMBERS_FULL", 8, "MEMBERS_PROBATIONARY", 1));
        List<FieldError> errors = ReportChecks.check(f, indicators, sections, rules, START, END, true);
        assertThat(fields(errors)).containsExactlyInAnyOrder("texts.SITUATION", "numbers.MEMBERS_TOTAL");
        assertThat(errors).filteredOn(e -> e.field().equals("numbers.MEMBERS_TOTAL")).first()
                .extracting(FieldError::messageKey).isEqualTo("report.rule");

        f.getNumbers().put("MEMBERS_PROBATIONARY", BigDecimal.valueOf(2));
        f.getTexts().put("SITUATION", "Đơn vị ổn định.");
        assertThat(ReportChecks.check(f, indicators, sections, rules, START, END, true)).isEmpty();
    }

    @Test
    void textIsNormalisedAndEmptyItemsDropped() {
        ReportForm f = new ReportForm();
        f.getTexts().put("SITUATION", "  Đa\u0309ng bô\u0323  ");
        f.getTexts().put("ORGANISATION", "   ");
        f.getItems().add(new ReportForm.Item(ReportItemKind.DIFFICULTY, "  "));
        f.getItems().add(new ReportForm.Item(ReportItemKind.PROPOSAL, " <b>Hỗ trợ kinh phí</b> "));
        ReportChecks.normalise(f);
        assertThat(f.getTexts()).containsExactly(Map.entry("SITUATION", "Đảng bộ"));
        assertThat(f.getItems()).singleElement().extracting(ReportForm.Item::getBody).isEqualTo("<b>Hỗ trợ kinh phí</b>");
    }

    @Test
    void sumsOfCodesAndNumbers() {
        Map<String, BigDecimal> v = Map.of("A", BigDecimal.valueOf(5), "B", BigDecimal.valueOf(3));
        assertThat(SumExpression.parse("A + B - 2").evaluate(v)).isEqualByComparingTo("6");
        assertThat(SumExpression.parse("A - B").evaluate(v)).isEqualByComparingTo("2");
        assertThat(SumExpression.parse("A + C").evaluate(v)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SumExpression.parse("A * B"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
