package vn.vbtrace.extract;

import vn.vbtrace.document.EffectKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.extract.effect.EffectClauseFinder;
import vn.vbtrace.parse.TextNormalizer;

/** Issue 5: the document's own effect clause, one row per written form. */
class EffectClauseFormsTests {

    private static final LocalDate SIGNED = LocalDate.of(2020, 10, 14);

    private static EffectClause effect(String raw) {
        return EffectClauseFinder.find(TextNormalizer.normalize(raw.replace("\\n", "\n")).text(), SIGNED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # 1852/QĐ-UBND, after the article number broken onto its own line
            'Điều\\n2. Quyết định này có hiệu lực kể từ ngày ký.'                                    | ON_SIGNING | -  | 2020-10-14 | -
            # with "thi hành" and "ban hành"
            'Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.'                   | ON_SIGNING | -  | 2020-10-14 | -
            # "từ ngày ký" without "kể"
            'Chỉ thị này có hiệu lực từ ngày ký.'                                                     | ON_SIGNING | -  | 2020-10-14 | -
            # "kể từ ngày ban hành": the day it is issued is the day it is signed
            'Kế hoạch này có hiệu lực kể từ ngày ban hành.'                                           | ON_SIGNING | -  | 2020-10-14 | -
            # a decree's delay after signing
            'Nghị định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.'                           | AFTER_DAYS | 10 | 2020-10-24 | -
            # the delay written "kể từ ngày ký ban hành"
            'Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày ký ban hành.'                 | AFTER_DAYS | 15 | 2020-10-29 | -
            # a circular's fixed date, in words
            'Thông tư này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.'                         | ON_DATE    | -  | 2021-01-01 | -
            # a fixed date in figures, with "kể từ"
            'Quyết định này có hiệu lực kể từ ngày 01/7/2021 và thay thế Quyết định số 12/2015/QĐ-UBND.' | ON_DATE | -  | 2021-07-01 | -
            # a fixed period with its end
            'Nghị quyết này có hiệu lực từ ngày 01/01/2021 đến hết ngày 31/12/2025.'                  | ON_DATE    | -  | 2021-01-01 | 2025-12-31
            # from signing until an end date
            'Quyết định này có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2025.'            | ON_SIGNING | -  | 2020-10-14 | 2025-12-31
            """)
    void readsTheForm(String raw, EffectKind kind, Integer days, LocalDate effective, LocalDate end) {
        EffectClause effect = effect(raw);
        assertThat(effect).isNotNull();
        assertThat(effect.kind()).isEqualTo(kind);
        assertThat(effect.days()).isEqualTo(days);
        assertThat(effect.effectiveDate()).isEqualTo(effective);
        assertThat(effect.endDate()).isEqualTo(end);
        assertThat(effect.text()).contains("này có hiệu lực");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # another document's effect, not this one's
            'Luật Tiêu chuẩn và Quy chuẩn kỹ thuật có hiệu lực từ ngày 01/01/2007.'
            # "hiệu lực" as a noun
            'Nâng cao hiệu lực, hiệu quả quản lý nhà nước.'
            """)
    void ignoresOtherMentions(String raw) {
        assertThat(effect(raw)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # vbpl.vn: one pair per line; the text has no clause of its own
            'Số ký hiệu: 12/2020/QĐ-UBND\\nNgày ban hành: 14/10/2020\\nNgày có hiệu lực: 01/11/2020\\nTình trạng hiệu lực: Còn hiệu lực' | ON_DATE | 2020-11-01 | Ngày có hiệu lực: 01/11/2020
            # thuvienphapluat: two pairs per table row, flattened with pipes (the quote keeps the pipe: not checked here)
            'Số hiệu: | 12/2020/QĐ-UBND | Loại văn bản: | Quyết định\\nNgày ban hành: | 14/10/2020 | Ngày hiệu lực: | 24/10/2020\\nTình trạng: | Còn hiệu lực' | ON_DATE | 2020-10-24 | -
            # Tika's rendering of an HTML table: the label line, then the value line
            'Ngày ban hành:\\n14/10/2020\\nNgày hiệu lực:\\n01/01/2021\\nTình trạng:\\nCòn hiệu lực' | ON_DATE | 2021-01-01 | Ngày hiệu lực: 01/01/2021
            # the text's own clause wins over the panel
            'Ngày hiệu lực: 01/11/2020\\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 05/11/2020.' | ON_DATE | 2020-11-05 | Quyết định này có hiệu lực kể từ ngày 05/11/2020.
            # a value hidden from visitors is no date: no effect at all (thuvienphapluat)
            'Ngày ban hành: | 14/10/2020 | Ngày hiệu lực: | Đã biết' | - | - | -
            """)
    void readsThePortalPanelWhenTheTextHasNoClause(String raw, EffectKind kind, LocalDate effective, String quote) {
        String text = TextNormalizer.normalize(raw.replace("\\n", "\n")).text();
        EffectClause effect = SeedFixtures.EXTRACTOR.extract(text).effect();
        if (kind == null) {
            assertThat(effect).isNull();
            return;
        }
        assertThat(effect.kind()).isEqualTo(kind);
        assertThat(effect.effectiveDate()).isEqualTo(effective);
        assertThat(text.substring(effect.start(), effect.end()).replaceAll("\\s+", " ")).isEqualTo(effect.text());
        if (quote != null) {
            assertThat(effect.text()).isEqualTo(quote);
        } else {
            assertThat(effect.text()).startsWith("Ngày hiệu lực").endsWith("24/10/2020");
        }
    }

    @Test
    void theBacKanDecisionTakesEffectOnSigning() {
        EffectClause effect = SeedFixtures.extract(SeedFixtures.DECISION_1852).effect();
        assertThat(effect.kind()).isEqualTo(vn.vbtrace.document.EffectKind.ON_SIGNING);
        assertThat(effect.effectiveDate()).isEqualTo(LocalDate.of(2020, 10, 14));
        assertThat(effect.text()).isEqualTo("Quyết định này có hiệu lực kể từ ngày ký.");
    }
}
