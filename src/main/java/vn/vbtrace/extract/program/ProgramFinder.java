package vn.vbtrace.extract.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Program;
import vn.vbtrace.extract.token.NumberToken;

/**
 * The programs and projects a text names: each distinct name once (its first mention), with
 * the document that approves it when the text says which, the short form used afterwards, its
 * kind, and the program it continues. See {@link ProgramNames} for the name forms,
 * {@link Approvals} for how the approving number is read and {@link Succession} for "succeeds".
 */
public final class ProgramFinder {

    public static final String NATIONAL = "NATIONAL";
    public static final String PROVINCIAL = "PROVINCIAL";

    private ProgramFinder() {
    }

    public static List<Program> find(String text, List<NumberToken> numbers, DocumentMetadata document) {
        List<ProgramMention> mentions = new ArrayList<>(ProgramNames.find(text));
        OwnPlan.Found ownPlan = OwnPlan.find(text, document);
        if (ownPlan != null) {
            mentions.add(ownPlan.mention());
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        Map<String, Draft> byName = new LinkedHashMap<>();
        Map<ProgramMention, Draft> draftOf = new HashMap<>();
        for (ProgramMention mention : mentions) {
            Draft draft = byName.computeIfAbsent(ProgramNames.key(mention.name()), k -> new Draft(mention));
            draftOf.put(mention, draft);
            if (ownPlan != null && mention == ownPlan.mention()) {
                draft.ownPlan = true;
                draft.approvedBy = ownPlan.attached() ? document.number() : null;
                continue;
            }
            if (draft.approvedBy == null) {
                draft.approvedBy = Approvals.of(text, numbers, mention);
            }
            if (draft.shortName == null) {
                Matcher shortName = ProgramNames.SHORT_NAME.matcher(
                        text.substring(mention.end(), Math.min(text.length(), mention.end() + 80)));
                if (shortName.find()) {
                    String given = shortName.group("given") != null ? shortName.group("given") : shortName.group("head");
                    draft.shortName = ProgramNames.collapse(given);
                }
            }
        }
        ShortForms.assign(text, mentions, draftOf, numbers);
        List<Draft> drafts = new ArrayList<>(byName.values());
        for (Draft draft : drafts) {
            draft.kind = draft.ownPlan ? PROVINCIAL : kind(draft, document);
            draft.key = draft.approvedBy != null ? DocumentNumbers.key(draft.approvedBy)
                    : ProgramNames.key(draft.mention.name());
        }
        Succession.stated(text, mentions, draftOf);
        Succession.link(drafts);
        List<Program> programs = new ArrayList<>();
        for (Draft d : drafts) {
            ProgramMention m = d.mention;
            programs.add(new Program(d.key, m.name(), d.shortName, d.kind, m.fromYear(), m.toYear(), d.approvedBy,
                    d.succeeds, m.start(), m.end()));
        }
        return programs;
    }

    /**
     * NATIONAL: "Chương trình quốc gia ..." or approved by the Prime Minister or the Government;
     * PROVINCIAL: a province's project or plan (its name or its approving number says so, or a
     * project named in a province's document); null when the text does not tell.
     */
    private static String kind(Draft draft, DocumentMetadata document) {
        String name = draft.mention.name();
        String approver = draft.approvedBy == null ? "" : draft.approvedBy;
        if (name.toLowerCase().contains("quốc gia") || approver.matches(".*-(?:TTg|CP)$")) {
            return NATIONAL;
        }
        boolean provincialDocument = document.issuer() != null && document.issuer().startsWith("UBND ");
        if (name.contains(" tỉnh ") || approver.endsWith("-UBND")
                || (provincialDocument && !draft.mention.head().startsWith("Chương trình"))) {
            return PROVINCIAL;
        }
        return provincialDocument ? PROVINCIAL : null;
    }

    /** A program being assembled from its mentions. */
    static final class Draft {
        final ProgramMention mention;
        String approvedBy;
        String shortName;
        String kind;
        String key;
        String succeeds;
        boolean ownPlan;

        Draft(ProgramMention mention) {
            this.mention = mention;
        }
    }
}
