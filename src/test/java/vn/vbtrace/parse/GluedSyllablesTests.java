package vn.vbtrace.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syllables a page glued together are set apart again; words that are one syllable, or not Vietnamese, are not. */
class GluedSyllablesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the space lost at a line's end, inside a law's name (c07, i07, i11) and before a proposer's "tại" (i11)
            Luật Tổ chức Hội đồng nhân dân và Ủy bannhân dân ngày 26 tháng 11 năm 2003 | Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003
            Luật Ban hành văn bản quy phạm pháp luậtcủa Hội đồng nhân dân | Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân
            Xét đề nghị của Giám đốc Sở Tư pháptại Tờ trình số 1516/TTr-STP | Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 1516/TTr-STP
            # ... before a capital, and in a heading's capitals
            Ban hành kèm theo Quyết định nàyQuy chế tiếp nhận | Ban hành kèm theo Quyết định này Quy chế tiếp nhận
            QUYẾT ĐỊNH VỀVIỆC BANHÀNH QUY CHẾ | QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ
            # several syllables in one run: the fewest parts, each a syllable the texts write
            Cácsởgiáodụcđàotạo thực hiện | Các sở giáo dục đào tạo thực hiện
            # of two cuts into as many parts, the one whose syllables are written most: "cá nhân", not "cán hân"
            mọi cánhân đều có quyền | mọi cá nhân đều có quyền
            # words that stay: syllables, names and codes, foreign words, and a glued word whose parts are not all syllables
            Ủy ban nhân dân tỉnh Gia Lai gửi Pleiku | Ủy ban nhân dân tỉnh Gia Lai gửi Pleiku
            Số: 12/QĐ-UBND ngày 01/02/2020 qua email và online | Số: 12/QĐ-UBND ngày 01/02/2020 qua email và online
            nghiêng ngoằn nghèo khuyến khích quyết giữa | nghiêng ngoằn nghèo khuyến khích quyết giữa
            Ea H'leo và Krông Búk | Ea H'leo và Krông Búk
            """)
    void setsApartWhatAPageGlued(String raw, String expected) {
        assertThat(TextNormalizer.normalize(raw).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ủy bannhân dân | 6 | 6
            pháptại | 4 | 4
            """)
    void theSpaceItPutsBackStandsAtTheGluedLettersOffset(String raw, int spaceAt, int rawOffset) {
        NormalizedText normalized = TextNormalizer.normalize(raw);
        assertThat(normalized.text().charAt(spaceAt)).isEqualTo(' ');
        assertThat(normalized.originalOffset(spaceAt)).isEqualTo(rawOffset);
    }
}
