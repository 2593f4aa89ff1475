package vn.partytrack.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> vi = keys("messages_vi.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(vi).isEqualTo(en);
    }

    @Test
    void vietnameseIsTheDefaultAndNamedArgumentsAreFilledIn() {
        assertThat(Messages.supported(null)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.supported(Locale.FRENCH)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.supported(Locale.forLanguageTag("en-GB"))).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.text(Messages.VIETNAMESE, "field.tooLong", Map.of("max", 300))).isEqualTo("Nội dung dài quá 300 ký tự.");
        assertThat(Messages.text(Locale.ENGLISH, "field.tooLong", Map.of("max", 300))).isEqualTo("No more than 300 characters.");
        assertThat(Messages.text(Messages.VIETNAMESE, "account.created", "bithu01")).isEqualTo("Đã tạo tài khoản bithu01.");
        assertThat(Messages.text(Messages.VIETNAMESE, "no.such.key")).isEqualTo("no.such.key");
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/partytrack/i18n/" + file);
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
