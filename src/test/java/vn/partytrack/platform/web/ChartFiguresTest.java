package vn.partytrack.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A chart's text alternative says the figures the picture shows, from the same configuration. */
class ChartFiguresTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void aDoughnutIsSummarisedAsEachSegmentWithItsFigure() {
        String chart = Charts.doughnut(List.of("Đã tiếp nhận", "Chờ xem xét"), List.of(6, 12), null);
        assertThat(ChartFigures.summary("Tình trạng báo cáo", chart, VI)).isEqualTo("Tình trạng báo cáo: Đã tiếp nhận 6, Chờ xem xét 12.");
        ChartFigures.Table table = ChartFigures.table(chart, VI);
        assertThat(table.rows()).extracting(ChartFigures.Row::label).containsExactly("Đã tiếp nhận", "Chờ xem xét");
        assertThat(table.rows()).extracting(ChartFigures.Row::values).containsExactly(List.of("6"), List.of("12"));
    }

    @Test
    void severalSeriesAreNamedForEachLabelAndDecimalsUseTheLanguagesComma() {
        String chart = Charts.line(List.of("2020-H1", "2020"), List.of(new Charts.Series("Đã gửi", List.of(100.0, 87.87878), "#000000"),
                new Charts.Series("Đúng hạn", List.of(90.0, 66.6666), "#000000")), 100);
        assertThat(ChartFigures.summary("Tỷ lệ", chart, VI))
                .isEqualTo("Tỷ lệ: 2020-H1: Đã gửi 100, Đúng hạn 90; 2020: Đã gửi 87,9, Đúng hạn 66,7.");
        assertThat(ChartFigures.table(chart, Locale.ENGLISH).rows().get(1).values()).containsExactly("87.9", "66.7");
    }
}
