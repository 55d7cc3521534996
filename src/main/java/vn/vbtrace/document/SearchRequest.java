package vn.vbtrace.document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A full-text query with its filters, built by name: {@code SearchRequest.of("kế hoạch").page(20, 0)
 * .withFilter(FilterField.PROVINCE, "Bắc Kạn").withYears(2020, null).withMode("all")}. {@code filters} holds the
 * value of each keyword or status filter set ({@link FilterField}), {@code fromYear}/{@code toYear} the range of
 * years, null meaning "no bound". {@code mode}: "any" (the default: every document holding some of the words,
 * best first) or "all" (only documents holding every word of the query but its question frame). Quoted phrases
 * ("Sở Tài chính") must stand word for word in every hit, in both modes.
 */
public record SearchRequest(String query, int limit, int offset, Map<FilterField, String> filters, Integer fromYear,
                            Integer toYear, String mode) {

    public static final String ANY = "any";
    public static final String ALL = "all";

    /**
     * A dash between two letters as a word processor writes it (an en dash, a hyphen or non-breaking hyphen character):
     * "1852/QĐ–UBND" pasted from a document is the number 1852/QĐ-UBND, as the extraction reads it. Between digits
     * ("2021–2025") or spaced ("xã hội – nghề nghiệp") a dash is left as typed.
     */
    private static final Pattern TYPED_DASH = Pattern.compile("(?<=\\p{L})[\\u2010\\u2011\\u2013](?=\\p{L})");

    public SearchRequest {
        query = query == null ? null : TYPED_DASH.matcher(query).replaceAll("-");
        if (limit <= 0) {
            limit = 10;
        }
        limit = Math.min(limit, 1000);
        offset = Math.max(0, offset);
        EnumMap<FilterField, String> set = new EnumMap<>(FilterField.class);
        if (filters != null) {
            filters.forEach((field, value) -> {
                if (field.match() == FilterField.Match.YEARS) {
                    throw new IllegalArgumentException("the years are a range: withYears(from, to)");
                }
                if (value != null && !value.isBlank()) {
                    set.put(field, value.strip());
                }
            });
        }
        filters = Collections.unmodifiableMap(set);
        mode = mode == null || mode.isBlank() ? ANY : mode.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals(ANY) && !mode.equals(ALL)) {
            throw new IllegalArgumentException("chế độ tìm \"" + mode + "\" không có: dùng any (một trong các từ) hoặc all (đủ mọi từ)");
        }
    }

    /** The query, 10 hits, no filter, any of the words. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, 0, Map.of(), null, null, ANY);
    }

    public static SearchRequest of(String query, int limit) {
        return of(query).page(limit, 0);
    }

    public SearchRequest page(int limit, int offset) {
        return new SearchRequest(query, limit, offset, filters, fromYear, toYear, mode);
    }

    /** This request narrowed to the documents with this value (a blank or null value removes the filter). */
    public SearchRequest withFilter(FilterField field, String value) {
        Map<FilterField, String> more = new EnumMap<>(FilterField.class);
        more.putAll(filters);
        more.put(field, value);
        return new SearchRequest(query, limit, offset, more, fromYear, toYear, mode);
    }

    /** The years of issue from {@code from} to {@code to}, both included; a null bound is open. */
    public SearchRequest withYears(Integer from, Integer to) {
        return new SearchRequest(query, limit, offset, filters, from, to, mode);
    }

    public SearchRequest withMode(String mode) {
        return new SearchRequest(query, limit, offset, filters, fromYear, toYear, mode);
    }

    /**
     * This request with every filter whose parameters {@code parameter} gives ({@link FilterField#parameters()}):
     * what a request's parameters ask, the same for the REST API and the command line. A year that is no
     * whole number is refused in Vietnamese.
     */
    public SearchRequest withParameters(Function<String, String> parameter) {
        SearchRequest request = this;
        for (FilterField field : FilterField.values()) {
            if (field.match() == FilterField.Match.YEARS) {
                request = request.withYears(year(parameter, "from"), year(parameter, "to"));
            } else {
                request = request.withFilter(field, parameter.apply(field.parameter()));
            }
        }
        return request;
    }

    private static Integer year(Function<String, String> parameter, String name) {
        String value = parameter.apply(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("parameter-type", "tham số '" + name + "' phải là một số nguyên, không phải '" + value + "'");
        }
    }

    /** The value of a filter, null when the request does not filter on it. */
    public String filter(FilterField field) {
        return filters.get(field);
    }

    /** Whether the request narrows the documents in any way (a filter or a year bound). */
    public boolean filtered() {
        return !filters.isEmpty() || fromYear != null || toYear != null;
    }

    /** Whether every word must be in a hit. */
    public boolean allWords() {
        return ALL.equals(mode);
    }
}
