package vn.vbtrace.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Who holds a body's duties today: {@code name} is the body with its province ("Sở Tài chính tỉnh Thái Nguyên"),
 * {@code since} the day the last change took effect, {@code bases} the resolutions and decrees that made each step,
 * {@code sources} where the rows' facts were read, and {@code text} the line staff read:
 * "Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo ...".
 */
public record Successor(String asWritten, String body, String province, String name, LocalDate since, List<String> bases,
                        List<String> sources, String text) {
}
