package vn.vbtrace.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When the draft's issuer for a cited paper agrees with the one its number's codes or the record give. */
class NumberCodesTests {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a code's issuer, and a more precise form of it
            Ủy ban nhân dân                          | UBND tỉnh Bắc Kạn                               | true
            Bộ Tài chính                             | Bộ Y tế                                         | false
            # a joint paper's makers: the draft names one of them, or all of them in another order
            Bộ Tài chính, Bộ Nội vụ                  | Bộ Tài chính                                    | true
            Bộ Tài chính, Bộ Nội vụ                  | Bộ Nội vụ, Bộ Tài chính                         | true
            Bộ Chính trị, Ban Bí thư                 | Bộ Chính trị                                    | true
            # ... but not a maker outside them
            Bộ Tài chính, Bộ Nội vụ                  | Bộ Tài chính, Bộ Y tế                           | false
            Bộ Chính trị, Ban Bí thư                 | Ban Chấp hành Trung ương                        | false
            # a maker whose own name holds a comma agrees with itself, alone or among others
            Bộ Văn hóa, Thể thao và Du lịch          | Bộ Văn hóa, Thể thao và Du lịch                 | true
            Bộ Tài chính, Bộ Văn hóa, Thể thao và Du lịch | Bộ Văn hóa, Thể thao và Du lịch            | true
            Bộ Văn hóa, Thể thao và Du lịch          | Bộ Y tế                                         | false
            """)
    void agreesOnTheIssuer(String coded, String named, boolean agrees) {
        assertThat(NumberCodes.issuerAgrees(coded, named)).isEqualTo(agrees);
    }
}
