package vn.vbtrace.document;

import java.util.List;

/**
 * Every vocabulary the code reads (src/main/resources/vocab), with the columns its rows have; all of them load
 * through {@link TsvRows}, so a bad row fails the same way in each ("file:line: ..."). A new vocabulary is its
 * file and one line here; a test loads every one of them and checks no file in vocab/ is left out.
 */
public enum VocabularyFile {

    BODIES("bodies.tsv", 4, 4),
    CATALOG_RELATIONS("catalog-relations.tsv", 2, 3),
    CLAUSE_WORDS("clause-words.tsv", 3, 3),
    DISTRICTS("districts.tsv", 4, 4),
    DOCUMENT_TYPES("document-types.tsv", 2, 3),
    HEADER_WORDS("header-words.tsv", 2, 3),
    ISSUER_CODES("issuer-codes.tsv", 2, 2),
    ISSUER_FORMS("issuer-forms.tsv", 2, 3),
    LAW_NAMES("law-names.tsv", 2, 3),
    LEGACY_TCVN3("legacy-tcvn3.tsv", 2, 2),
    LEGACY_VNI("legacy-vni.tsv", 2, 2),
    LINE_JOINING("line-joining.tsv", 2, 2),
    PARTY_CODES("party-codes.tsv", 2, 2),
    PROGRAM_WORDS("program-words.tsv", 2, 2),
    PROVINCES("provinces.tsv", 5, 5),
    QUESTION_WORDS("question-words.tsv", 1, 2),
    SUCCESSIONS("successions.tsv", 5, 6),
    SYLLABLES("syllables.tsv", 2, 2),
    SYNONYMS("synonyms.tsv", 2, 3),
    TITLE_WORDS("title-words.tsv", 1, 1),
    WORDS("words.tsv", 3, 3);

    private final String resource;
    private final int minColumns;
    private final int maxColumns;

    VocabularyFile(String name, int minColumns, int maxColumns) {
        this.resource = "/vocab/" + name;
        this.minColumns = minColumns;
        this.maxColumns = maxColumns;
    }

    /** The classpath resource: "/vocab/document-types.tsv". */
    public String resource() {
        return resource;
    }

    /** The cells of every row. */
    public List<String[]> read() {
        return TsvRows.read(resource, minColumns, maxColumns);
    }

    /** Every row with its file and line, for readers that check a row's values (its kind, say). */
    public List<TsvRows.Row> rows() {
        return TsvRows.rows(resource, minColumns, maxColumns);
    }
}
