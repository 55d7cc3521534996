package vn.vbtrace.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import java.io.IOException;

/**
 * How strongly two syllables hold together as one word, learned from the index's own counts:
 * the normalized pointwise mutual information of the pair, from the document frequencies of
 * the shingle and of each syllable. Vietnamese writes words as separate syllables, so "hôn
 * nhân" and the accidental "nhân gia" (from "hôn nhân gia đình") are both shingles; only the
 * first occurs far more often than its syllables alone would make it. No word list to ship:
 * the corpus is the word list, and it follows the corpus as documents are added.
 */
final class Cohesion {

    private Cohesion() {
    }

    /** NPMI in [-1, 1]: 1 for syllables seen only together, about 0 for independent ones; 0 when unknown. */
    static double of(IndexReader reader, String shingleField, String pair) throws IOException {
        int space = pair.indexOf(' ');
        if (space < 0) {
            return 0;
        }
        String syllableField = shingleField.equals(IndexFields.TEXT_SHINGLES) ? IndexFields.TEXT : IndexFields.TEXT_FOLDED;
        double docs = Math.max(1, reader.numDocs());
        int both = reader.docFreq(new Term(shingleField, pair));
        int first = reader.docFreq(new Term(syllableField, pair.substring(0, space)));
        int second = reader.docFreq(new Term(syllableField, pair.substring(space + 1)));
        if (both == 0 || first == 0 || second == 0 || both == docs) {
            return 0;
        }
        double together = both / docs;
        return Math.log(together / ((first / docs) * (second / docs))) / -Math.log(together);
    }
}
