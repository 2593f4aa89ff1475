package vn.partytrack.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseFormatTest {

    static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Test
    void numbersGroupThousandsWithADotInVietnamese() {
        assertThat(VietnameseFormat.number(20179, VI)).isEqualTo("20.179");
        assertThat(VietnameseFormat.number(5_300_000L, VI)).isEqualTo("5.300.000");
        assertThat(VietnameseFormat.number(0, VI)).isEqualTo("0");
        assertThat(VietnameseFormat.number(20179, Locale.ENGLISH)).isEqualTo("20,179");
        assertThat(VietnameseFormat.number(null, VI)).isEmpty();
    }

    @Test
    void percentagesUseADecimalComma() {
        assertThat(VietnameseFormat.percent(0.998, VI)).isEqualTo("99,8%");
        assertThat(VietnameseFormat.percent(51985.0 / 52105.0, VI)).isEqualTo("99,8%");
        assertThat(VietnameseFormat.percent(1.0, VI)).isEqualTo("100%");
        assertThat(VietnameseFormat.percent(0.998, Locale.ENGLISH)).isEqualTo("99.8%");
    }

    @Test
    void datesAreDayFirstInHanoiTime() {
        assertThat(VietnameseFormat.date(LocalDate.of(2020, 7, 9))).isEqualTo("09/07/2020");
        // 20:30 UTC on 30 June is already 1 July in Hanoi
        assertThat(VietnameseFormat.dateTime(Instant.parse("2020-06-30T20:30:00Z"))).isEqualTo("01/07/2020 03:30");
    }
}
