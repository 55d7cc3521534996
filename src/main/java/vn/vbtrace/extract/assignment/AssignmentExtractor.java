package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.extract.token.IssuerNames;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Duty clauses: duty sections under numbered body headings, a letter's requests to its
 * addressees, duties given inside a sentence, and clauses whose subject is the body. Bodies are
 * canonical names from the vocabulary; a body's province is not added yet.
 */
public final class AssignmentExtractor {

    private final DutySections sections;
    private final AddresseeDuties addressees;
    private final InlineDuties inline;
    private final RequestDuties requests;
    private final SubjectDuties subjects;

    public AssignmentExtractor(Vocabulary vocabulary) {
        IssuerNames names = new IssuerNames(vocabulary);
        BodyList bodyList = new BodyList(names);
        AssignmentFactory factory = new AssignmentFactory(new RoleReader(vocabulary.clauseWords()),
                vocabulary.clauseWords().turns());
        this.sections = new DutySections(bodyList, factory, vocabulary.clauseWords().organizers());
        this.addressees = new AddresseeDuties(bodyList, factory);
        DutyVerbs dutyVerbs = new DutyVerbs(vocabulary.clauseWords().duties());
        CarriedDuties carried = new CarriedDuties(factory, dutyVerbs);
        this.inline = new InlineDuties(names, bodyList, factory);
        this.requests = new RequestDuties(bodyList, factory, dutyVerbs, carried);
        this.subjects = new SubjectDuties(bodyList, factory, dutyVerbs, carried);
    }

    /** The duties of a text whose own issuer is {@code ownIssuer} (canonical name, or null): it gives them, it has none. */
    public List<Assignment> extract(String text, String ownIssuer) {
        List<Assignment> read = new ArrayList<>();
        read.addAll(sections.find(text));
        read.addAll(addressees.find(text));
        read.addAll(requests.find(text));
        read.addAll(inline.find(text));
        read.addAll(subjects.find(text, ownIssuer));
        LinkedHashSet<Assignment> all = new LinkedHashSet<>(ShortNames.resolve(read)); // one clause found twice counts once
        List<Assignment> ordered = new ArrayList<>();
        for (Assignment assignment : all) {
            if (all.stream().noneMatch(other -> other != assignment && within(assignment, other))) {
                ordered.add(assignment);
            }
        }
        ordered.sort(Comparator.comparingInt(Assignment::start));
        return ordered;
    }

    /** The same body's duty, in the same role, read again inside a larger clause already taken (an item that says "X có trách nhiệm"). */
    private static boolean within(Assignment inner, Assignment outer) {
        return inner.body().equals(outer.body()) && inner.role() == outer.role()
                && outer.start() <= inner.start() && inner.end() <= outer.end()
                && (outer.start() < inner.start() || inner.end() < outer.end());
    }
}
