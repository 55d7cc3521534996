package vn.vbtrace.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentNumbersTests {

    @Test
    void aNumbersKeyIsFoldedLowerCasedAndWithoutWhitespace() {
        assertThat(DocumentNumbers.key("1852/QĐ-UBND")).isEqualTo("1852/qd-ubnd");
        assertThat(DocumentNumbers.key("1852 / QĐ - UBND")).isEqualTo("1852/qd-ubnd");
        assertThat(DocumentNumbers.key(" 1852/\tQĐ-\nUBND\r\u000B\f")).isEqualTo("1852/qd-ubnd");
        assertThat(DocumentNumbers.key("")).isEmpty();
        assertThat(DocumentNumbers.key(null)).isNull();
    }

    @Test
    void theKeyRemovesWhatARegexsWhitespaceClassRemovedAndNothingElse() {
        // The key was folded text with "\\s+" replaced by nothing: ids made before are made again the same.
        for (String number : new String[] {"1322/QĐ-TTg", " 05 /2025/ NĐ-CP ", "a\u00A0b", "a\u2003b\tc", "\n"}) {
            assertThat(DocumentNumbers.key(number)).as(number).isEqualTo(TextFold.fold(number).replaceAll("\\s+", ""));
        }
    }
}
