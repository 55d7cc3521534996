package vn.vbtrace.web;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 point 4: a download keeps its Vietnamese file name (RFC 5987), with a plain name beside it for old clients. */
class DownloadsTests {

    @Test
    void aVietnameseNameIsPercentEncodedAsUtf8WithAPlainFallback() {
        String header = Downloads.attachment("Kế hoạch 88 Đắk Lắk.txt");
        assertThat(header).isEqualTo("attachment; filename=\"Ke hoach 88 Dak Lak.txt\"; "
                + "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2088%20%C4%90%E1%BA%AFk%20L%E1%BA%AFk.txt");
        String encoded = header.substring(header.indexOf("UTF-8''") + "UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Kế hoạch 88 Đắk Lắk.txt");
    }

    @Test
    void quotesAndBackslashesCannotEndTheQuotedName() {
        assertThat(Downloads.attachment("a\"b\\c.pdf")).startsWith("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
    }
}
