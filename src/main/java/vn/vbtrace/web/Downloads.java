package vn.vbtrace.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** How a download names its file: Vietnamese names survive through RFC 5987, with a plain fallback. */
final class Downloads {

    private Downloads() {
    }

    /** RFC 6266 with RFC 5987's UTF-8 name, and a plain-ASCII name (diacritics dropped) for clients that lack it. */
    static String attachment(String name) {
        return "attachment; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    static String asciiName(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char c : folded.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    /** RFC 5987 attr-char kept, every other octet of the UTF-8 name percent-encoded. */
    static String rfc5987(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
