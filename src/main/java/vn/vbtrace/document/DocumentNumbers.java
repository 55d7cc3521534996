package vn.vbtrace.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keys and ids derived from a document's số ký hiệu. Lookups by number ignore case,
 * spaces and diacritics, so "1322/QĐ-TTg", "1322/qd-ttg" and "1322 / QĐ - TTg" share a key.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** The lookup key of a number: no spaces, no diacritics, đ folded to d, lower case. */
    public static String key(String number) {
        if (number == null) {
            return null;
        }
        return withoutWhitespace(TextFold.fold(number));
    }

    /**
     * The text without the characters a regex's {@code \s} matches (space, tab, line breaks, form feed, vertical tab):
     * a key is made for every number an ingest writes or a question names, and {@code replaceAll} compiled its pattern
     * each time (2 % of everything an ingest allocated).
     */
    private static String withoutWhitespace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The id of the document that carries this number. A stub created for a cited number
     * gets the same id the document gets when it is ingested, so the stub is filled in place.
     */
    public static String idForNumber(String number) {
        return "n" + sha256Hex("number:" + key(number)).substring(0, 16);
    }

    /** The id of a document with no number, from what identifies it (content hash, or type|issuer|title). */
    public static String idForIdentity(String identity) {
        return "c" + sha256Hex("identity:" + identity).substring(0, 16);
    }

    /**
     * The id a cited document has (or will have once ingested): from its number, or for a law cited by
     * name, from its folded name and date; null when nothing identifies it.
     */
    public static String targetId(Reference ref) {
        String key = key(ref.number());
        if (key != null && !key.isBlank()) {
            return idForNumber(ref.number());
        }
        if (ref.title() != null && !ref.title().isBlank()) {
            return idForIdentity("law:" + TextFold.fold(ref.title()) + "|" + ref.date());
        }
        return null;
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
