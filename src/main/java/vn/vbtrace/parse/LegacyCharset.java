package vn.vbtrace.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The 8-bit Vietnamese codes of the 1990s and 2000s, from their tables ({@code vocab/legacy-tcvn3.tsv},
 * {@code vocab/legacy-vni.tsv}): TCVN3 (ABC, fonts .VnTime) gives each letter one byte, VNI (fonts VNI-Times)
 * a base letter and a mark byte. Text in them reaches us as the Windows-1252 characters of those bytes,
 * from a .txt file or from the runs of a .doc, .docx or .rtf in a legacy font.
 */
enum LegacyCharset {

    TCVN3("/vocab/legacy-tcvn3.tsv"),
    VNI("/vocab/legacy-vni.tsv");

    /** Legacy characters (one or two) to the Unicode letter they stand for. */
    private final Map<String, Character> toUnicode = new HashMap<>();
    private final Map<Character, String> fromUnicode = new HashMap<>();
    /** Every character that appears in a legacy letter. */
    private final Set<Character> legacyChars = new HashSet<>();

    LegacyCharset(String table) {
        try (InputStream in = LegacyCharset.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("code table not on the classpath: " + table);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                StringBuilder legacy = new StringBuilder();
                for (String hex : cells[1].strip().split(" ")) {
                    legacy.append((char) Integer.parseInt(hex, 16)); // a byte ≥ 0xA0 is the same character in Latin-1 and Windows-1252
                }
                toUnicode.put(legacy.toString(), cells[0].charAt(0));
                fromUnicode.put(cells[0].charAt(0), legacy.toString());
                for (int k = 0; k < legacy.length(); k++) {
                    if (legacy.charAt(k) >= 0xA0) {
                        legacyChars.add(legacy.charAt(k));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Unicode letter a legacy sequence of {@code length} characters at {@code i} stands for, or null. */
    Character letterAt(CharSequence text, int i, int length) {
        if (i + length > text.length()) {
            return null;
        }
        return toUnicode.get(text.subSequence(i, i + length).toString());
    }

    /** Whether a character (≥ U+00A0) can be part of a legacy letter. */
    boolean isLegacy(char c) {
        return legacyChars.contains(c);
    }

    /** The legacy characters of a Unicode letter; a TCVN3 capital with a tone mark is its lower-case code. */
    String encode(char letter) {
        String legacy = fromUnicode.get(letter);
        if (legacy == null && this == TCVN3 && Character.isUpperCase(letter)) {
            legacy = fromUnicode.get(Character.toLowerCase(letter));
        }
        return legacy;
    }

    /** Unicode text in this code: what a typist in its fonts would have saved (for tests and round trips). */
    String encode(String unicode) {
        StringBuilder out = new StringBuilder(unicode.length() + 16);
        String composed = java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            String legacy = encode(c);
            out.append(legacy != null ? legacy : String.valueOf(c));
        }
        return out.toString();
    }
}
