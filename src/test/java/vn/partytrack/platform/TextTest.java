package vn.partytrack.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String decomposed = "Đa\u0309ng bô\u0323";   // "Đảng bộ" typed with combining marks
        assertThat(decomposed).isNotEqualTo("Đảng bộ");
        assertThat(Text.clean(decomposed)).isEqualTo("Đảng bộ");
    }

    @Test
    void blanksBecomeNothingAndSpacesAreTrimmed() {
        assertThat(Text.clean("   ")).isNull();
        assertThat(Text.clean(null)).isNull();
        assertThat(Text.clean("  Chi bộ  ")).isEqualTo("Chi bộ");
    }

    @Test
    void controlCharactersGoButLineBreaksStay() {
        assertThat(Text.clean("Chi\u0000 bộ\u0007\u001b")).isEqualTo("Chi bộ");
        assertThat(Text.clean("dòng 1\r\n\tdòng 2")).isEqualTo("dòng 1\r\n\tdòng 2");
    }
}
