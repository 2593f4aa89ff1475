package vn.partytrack.directive;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialNameTest {

    @Test
    void aNumberedDirectiveIsNamedByKindNumberIssuerAndTitle() {
        assertThat(OfficialName.of(DirectiveKind.CHI_THI, "05-CT/TW", true, "Bộ Chính trị", LocalDate.of(2016, 5, 15),
                "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"))
                .isEqualTo("Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
    }

    @Test
    void aCongressResolutionIsNamedByItsTitleNeverByItsCode() {
        assertThat(OfficialName.of(DirectiveKind.NGHI_QUYET, "NQ-ĐH-XXVI", false, null, LocalDate.of(2020, 8, 20),
                "Nghị quyết Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVI, nhiệm kỳ 2020–2025"))
                .isEqualTo("Nghị quyết Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVI, nhiệm kỳ 2020–2025");
    }

    @Test
    void anAnnualThemeIsNamedByItsYearAndQuotedTitle() {
        assertThat(OfficialName.of(DirectiveKind.CHUYEN_DE, "CD-2020", false, null, LocalDate.of(2020, 1, 10), "Tăng cường khối đại đoàn kết"))
                .isEqualTo("Chuyên đề năm 2020 “Tăng cường khối đại đoàn kết”");
    }

    @Test
    void officialNumbersAreToldFromCodes() {
        assertThat(OfficialName.looksOfficial("05-CT/TW")).isTrue();
        assertThat(OfficialName.looksOfficial("12-KH/ĐU")).isTrue();
        assertThat(OfficialName.looksOfficial("CD-2020")).isFalse();
        assertThat(OfficialName.looksOfficial("NQ-ĐH-XXVI")).isFalse();
    }
}
