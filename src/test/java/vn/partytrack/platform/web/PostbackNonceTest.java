package vn.partytrack.platform.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PostbackNonceTest {

    static String nonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPostbackWithoutANonceIsRefusedWhateverTheView() {
        assertThat(PostbackNonce.accepted(null, nonce())).isFalse();
        assertThat(PostbackNonce.accepted("", nonce())).isFalse();
        assertThat(PostbackNonce.accepted(null, null)).isFalse();
    }

    @Test
    void aStatefulViewTakesOnlyItsOwnNonce() {
        String own = nonce();
        assertThat(PostbackNonce.accepted(own, own)).isTrue();
        assertThat(PostbackNonce.accepted(nonce(), own)).isFalse();
    }

    @Test
    void aStatelessViewTakesAWellFormedNonceOnly() {
        assertThat(PostbackNonce.accepted(nonce(), null)).isTrue();
        assertThat(PostbackNonce.accepted("x", null)).isFalse();
        assertThat(PostbackNonce.accepted(Base64.getEncoder().encodeToString("not a uuid".getBytes(StandardCharsets.UTF_8)), null)).isFalse();
    }
}
