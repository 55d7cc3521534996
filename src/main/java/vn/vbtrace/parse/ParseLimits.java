package vn.vbtrace.parse;

/**
 * How much one file may ask of the parser, so that no file (a zip bomb, a text of a hundred million characters)
 * can hold the server's memory or time: beyond a limit the file is refused with a clear message.
 *
 * @param maxCharacters    text taken from one file (any format); a long decree has a few hundred thousand
 * @param maxInflatedBytes what a zip container (docx, odt) may unpack to, all parts together
 * @param maxInflatedXmlBytes what its XML parts may unpack to: Tika reads a docx's XML into memory whole, at
 *                         several times its size (a 500-page decree has a few megabytes)
 * @param maxZipEntries    parts of a zip container
 * @param maxHtmlBytes     a saved web page (jsoup builds the whole page in memory)
 */
public record ParseLimits(long maxCharacters, long maxInflatedBytes, long maxInflatedXmlBytes, int maxZipEntries,
                          long maxHtmlBytes) {

    private static final long MB = 1024 * 1024;
    public static final ParseLimits DEFAULT = new ParseLimits(20_000_000, 256 * MB, 32 * MB, 10_000, 32 * MB);

    /**
     * The defaults, each overridable by a system property or environment variable: vbtrace.parse.max-characters
     * (VBTRACE_PARSE_MAX_CHARACTERS), vbtrace.parse.max-inflated-bytes, vbtrace.parse.max-inflated-xml-bytes,
     * vbtrace.parse.max-zip-entries, vbtrace.parse.max-html-bytes.
     */
    public static ParseLimits fromEnvironment() {
        return new ParseLimits(
                setting("vbtrace.parse.max-characters", DEFAULT.maxCharacters),
                setting("vbtrace.parse.max-inflated-bytes", DEFAULT.maxInflatedBytes),
                setting("vbtrace.parse.max-inflated-xml-bytes", DEFAULT.maxInflatedXmlBytes),
                (int) setting("vbtrace.parse.max-zip-entries", DEFAULT.maxZipEntries),
                setting("vbtrace.parse.max-html-bytes", DEFAULT.maxHtmlBytes));
    }

    private static long setting(String property, long fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed <= 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a positive whole number, not '" + value + "'");
        }
    }
}
