package vn.partytrack.platform.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

    private static PageCache.Page page(int size) {
        return new PageCache.Page("text/html", List.of(), new byte[size], "n", new int[0]);
    }

    @Test
    void theShelfLetsTheLeastRecentlyUsedPageGoFirstPastItsCountOrItsBytes() {
        PageCache.Shelf shelf = new PageCache.Shelf(3, 1000);
        shelf.put("a", page(100));
        shelf.put("b", page(100));
        shelf.put("c", page(100));
        assertThat(shelf.get("a")).isNotNull(); // a is now the most recently used
        shelf.put("d", page(100));
        assertThat(shelf.get("b")).isNull();
        assertThat(shelf.size()).isEqualTo(3);
        assertThat(shelf.bytes()).isEqualTo(300);

        assertThat(shelf.get("c")).isNotNull(); // now a, d, c from least to most recently used
        shelf.put("e", page(800)); // 1,100 bytes: a goes, and that is enough
        assertThat(shelf.get("a")).isNull();
        assertThat(shelf.get("d")).isNotNull();
        assertThat(shelf.bytes()).isEqualTo(1000);

        shelf.put("c", page(50)); // replacing a page counts only the new one
        assertThat(shelf.bytes()).isEqualTo(950);
        assertThat(shelf.size()).isEqualTo(3);
    }

    @Test
    void everyPlaceOfTheNonceIsFoundAndNothingElse() {
        byte[] body = "<script nonce=\"QUJD\">x</script><p>QUJ</p><script nonce=\"QUJD\">QUJDQUJD</script>".getBytes(StandardCharsets.UTF_8);
        int[] at = PageCache.Page.find(body, "QUJD".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).hasSize(4);
        for (int i : at) {
            assertThat(new String(body, i, 4, StandardCharsets.US_ASCII)).isEqualTo("QUJD");
        }
    }
}
