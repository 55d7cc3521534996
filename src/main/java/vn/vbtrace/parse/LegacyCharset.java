package vn.vbtrace.parse;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

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

    TCVN3(VocabularyFile.LEGACY_TCVN3),
    VNI(VocabularyFile.LEGACY_VNI);

    /** Legacy characters (one or two) to the Unicode letter they stand for. */
    private final Map<String, Character> toUnicode = new HashMap<>();
    private final Map<Character, String> fromUnicode = new HashMap<>();
    /** Every character that appears in a legacy letter. */
    private final Set<Character> legacyChars = new HashSet<>();

    LegacyCharset(VocabularyFile table) {
        for (TsvRows.Row row : table.rows()) {
            String[] cells = row.cells();
            StringBuilder legacy = new StringBuilder();
            for (String hex : cells[1].split(" ")) {
                try {
                    legacy.append((char) Integer.parseInt(hex, 16)); // a byte ≥ 0xA0 is the same character in Latin-1 and Windows-1252
                } catch (NumberFormatException e) {
                    throw row.fail("not a hexadecimal byte: " + hex);
                }
            }
            toUnicode.put(legacy.toString(), cells[0].charAt(0));
            fromUnicode.put(cells[0].charAt(0), legacy.toString());
            for (int k = 0; k < legacy.length(); k++) {
                if (legacy.charAt(k) >= 0xA0) {
                    legacyChars.add(legacy.charAt(k));
                }
            }
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
