package vn.vbtrace.catalog;

import vn.vbtrace.document.TextFold;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * One row of a catalog file, its cells keyed by the documented column names whatever the file calls them
 * ("số ký hiệu", "so_ky_hieu" and "number" are one column). Dates are ISO (2020-08-31) or as Vietnamese
 * staff write them (31/8/2020).
 */
final class CatalogRow {

    /** Documented column name → the other names a file may give it (compared without case, diacritics or spaces). */
    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        alias("number", "number", "so_ky_hieu", "so_hieu", "so");
        alias("type", "type", "loai", "loai_van_ban");
        alias("issuer", "issuer", "co_quan_ban_hanh", "noi_ban_hanh");
        alias("issued_date", "issued_date", "issued", "date", "ngay_ban_hanh");
        alias("effective_date", "effective_date", "effective", "ngay_hieu_luc", "ngay_co_hieu_luc");
        alias("expiry_date", "expiry_date", "expiry", "ngay_het_hieu_luc");
        alias("status", "status", "tinh_trang", "tinh_trang_hieu_luc", "hieu_luc");
        alias("title", "title", "trich_yeu", "ten", "ten_van_ban");
        alias("source_url", "source_url", "source", "url", "nguon");
        alias("from_number", "from_number", "from", "van_ban");
        alias("to_number", "to_number", "to", "van_ban_lien_quan");
        alias("relation", "relation", "quan_he", "loai_quan_he");
    }

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private final Map<String, String> cells = new HashMap<>();

    private static void alias(String column, String... names) {
        for (String name : names) {
            COLUMNS.put(name, column);
        }
    }

    /** The documented column a header names, or null when it is none of them. */
    static String column(String header) {
        if (header == null) {
            return null;
        }
        String key = TextFold.fold(header.replace("\uFEFF", "")).strip().replaceAll("[^\\p{L}\\d]+", "_")
                .replaceAll("^_|_$", "").toLowerCase(Locale.ROOT);
        return COLUMNS.get(key);
    }

    void put(String header, Object value) {
        String column = column(header);
        if (column != null && value != null) {
            String text = value.toString().strip();
            if (!text.isEmpty()) {
                cells.put(column, java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
            }
        }
    }

    String get(String column) {
        return cells.get(column);
    }

    /** @throws IllegalArgumentException naming the column when the date is neither ISO nor d/M/yyyy */
    LocalDate date(String column) {
        String text = cells.get(column);
        if (text == null) {
            return null;
        }
        try {
            Matcher m = DMY.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("cột " + column + ": '" + text + "' không phải ngày (YYYY-MM-DD hoặc D/M/YYYY)");
        }
    }
}
