package vn.vbtrace.extract.vocab;

import vn.vbtrace.document.Relation;
import vn.vbtrace.document.Role;
import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Role verbs and relation cues ({@code vocab/clause-words.tsv}), each a phrase and what it means. */
public final class ClauseWords {

    public record Cue<T>(String phrase, T meaning) {
    }

    private final List<Cue<Role>> roles = new ArrayList<>();
    private final List<Cue<Relation>> relations = new ArrayList<>();
    private final List<Cue<Relation>> openings = new ArrayList<>();
    private final List<String> organizers = new ArrayList<>();
    private final List<String> turns = new ArrayList<>();
    private final List<String> duties = new ArrayList<>();

    static ClauseWords load() {
        ClauseWords words = new ClauseWords();
        for (TsvRows.Row line : VocabularyFile.CLAUSE_WORDS.rows()) {
            String[] row = line.cells();
            switch (row[0]) {
                case "role" -> words.roles.add(new Cue<>(row[1], line.constant(Role.class, 2)));
                case "relation" -> words.relations.add(new Cue<>(row[1], line.constant(Relation.class, 2)));
                case "opening" -> words.openings.add(new Cue<>(row[1], line.constant(Relation.class, 2)));
                case "organizes" -> words.organizers.add(row[1]);
                case "turn" -> words.turns.add(row[1]);
                case "duty" -> words.duties.add(row[1]);
                default -> throw line.fail("unknown clause word kind: " + row[0]);
            }
        }
        // longest phrase first, so "triển khai thực hiện" is tried before "thực hiện"
        words.relations.sort(Comparator.comparingInt((Cue<Relation> c) -> c.phrase().length()).reversed());
        return words;
    }

    /** Role cues in file order: the first one found in an item decides. */
    public List<Cue<Role>> roles() {
        return roles;
    }

    /** Sentence openings that give every mention in the sentence its relation. */
    public List<Cue<Relation>> openings() {
        return openings;
    }

    /** Verbs that set up a body ("kiện toàn", "thành lập"): the body after them is organized, not acting. */
    public List<String> organizers() {
        return organizers;
    }

    /** Words that start another duty after a comma inside one item ("..., báo cáo định kỳ ..."). */
    public List<String> turns() {
        return turns;
    }

    /** Verbs that give the body before them a duty ("Công an tỉnh đảm bảo ...", "Sở X chủ trì ..."). */
    public List<String> duties() {
        return duties;
    }

    /** Relation cues, longest phrase first. */
    public List<Cue<Relation>> relations() {
        return relations;
    }
}
