package vn.vbtrace.extract;

import java.util.List;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Program;
import vn.vbtrace.document.Reference;
import vn.vbtrace.extract.assignment.AssignmentExtractor;
import vn.vbtrace.extract.body.BodyPlacement;
import vn.vbtrace.extract.body.NamedProvince;
import vn.vbtrace.extract.body.PartOfStatements;
import vn.vbtrace.extract.citation.CitationFinder;
import vn.vbtrace.extract.citation.Mention;
import vn.vbtrace.extract.effect.EffectClauseFinder;
import vn.vbtrace.extract.metadata.MetadataExtractor;
import vn.vbtrace.extract.program.ProgramFinder;
import vn.vbtrace.extract.resolve.ReferenceResolver;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.vocab.Bodies;
import vn.vbtrace.extract.vocab.Provinces;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * The extraction library's entry point, staged like a citation extractor: tokens (numbers,
 * dates, type words, body names) → metadata, citations and assignments → resolution of
 * self-mentions, short forms and back-references. Works on normalized text
 * ({@code vn.vbtrace.parse.TextNormalizer}); every span is an offset into that text.
 * The vocabularies load once in the constructor; an instance holds no per-call state,
 * so one instance can serve many threads.
 */
public final class Extractor {

    private final CitationFinder citations;
    private final MetadataExtractor metadata;
    private final ReferenceResolver resolver;
    private final AssignmentExtractor assignments;
    private final BodyPlacement bodies;
    private final Bodies bodyNames;
    private final Provinces provinces;

    public Extractor() {
        Vocabulary vocabulary = Vocabulary.shipped();
        this.citations = new CitationFinder(vocabulary);
        this.metadata = new MetadataExtractor(vocabulary, citations.numbers(), citations.issuers());
        this.resolver = new ReferenceResolver(vocabulary.issuerForms().parties());
        this.assignments = new AssignmentExtractor(vocabulary);
        this.bodyNames = vocabulary.bodies();
        this.provinces = vocabulary.issuerCodes().provinceTable();
        this.bodies = new BodyPlacement(bodyNames, new PartOfStatements(bodyNames, citations.issuers()),
                new NamedProvince(citations.issuers()));
    }

    public Extraction extract(String normalizedText) {
        String text = normalizedText == null ? "" : normalizedText;
        List<NumberToken> numbers = citations.numbers().find(text);
        DocumentMetadata document = metadata.extract(text, numbers);
        List<Mention> mentions = citations.find(text, numbers);
        String localProvince = localProvince(text, document);
        String localCommittee = localCommittee(document, localProvince);
        List<Reference> references = resolver.resolve(text, mentions, document, localCommittee,
                localProvince == null ? null : provinces.level(localProvince) + " " + localProvince);
        List<Assignment> duties = assignments.extract(text, document.issuer());
        EffectClause effect = EffectClauseFinder.find(text, document.issuedDate());
        if (effect == null) {
            effect = metadata.panelEffect(text); // a portal's "Ngày hiệu lực" when the text says nothing itself
        }
        List<Program> programs = ProgramFinder.find(text, numbers, document);
        BodyPlacement.Placed placed = bodies.place(text, document, duties, province(document, localProvince));
        return new Extraction(document, references, placed.assignments(), programs, placed.bodies(), effect);
    }

    /**
     * The province whose bodies a document's "Sở ..." are: its issuer's when a province issues it, else
     * the province the text names, unless a central body (a ministry) issues it; null then.
     */
    private String province(DocumentMetadata document, String localProvince) {
        String issuer = document.issuer();
        if (issuer != null && !issuer.startsWith("UBND ") && Bodies.CENTRAL.equals(bodyNames.scope(issuer))) {
            return null;
        }
        return localProvince;
    }

    /**
     * The province a document belongs to: its issuer's ("UBND huyện Bình Chánh, thành phố Hồ Chí Minh"),
     * else the first province the text names ("tỉnh Hậu Giang"); null when it names none.
     */
    private String localProvince(String text, DocumentMetadata document) {
        String ofIssuer = metadata.provinceOf(document.issuer());
        if (ofIssuer != null) {
            return ofIssuer;
        }
        return citations.issuers().firstProvinceNamed(text);
    }

    /**
     * The People's Committee a bare "UBND" code means: the issuer's own when it is one, else the
     * committee of the document's province; null when no province is known.
     */
    private String localCommittee(DocumentMetadata document, String localProvince) {
        if (document.issuer() != null && document.issuer().startsWith("UBND ")) {
            return document.issuer();
        }
        return localProvince == null ? null : "UBND " + provinces.level(localProvince) + " " + localProvince;
    }
}
