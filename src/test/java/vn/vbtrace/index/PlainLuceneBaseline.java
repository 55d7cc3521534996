package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick, exactly as issue 4 specifies it: StandardTokenizer, lowercase,
 * ASCIIFolding, 2-syllable shingles with the unigrams, one field, default BM25, every
 * query term OR-ed. Built in the same run so both sides see the same data.
 */
final class PlainLuceneBaseline implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, new ShingleFilter(stream, 2, 2)); // unigrams are kept by default
        }
    };
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PlainLuceneBaseline(List<AlqacData.Article> articles) throws IOException {
        this(articles, new ByteBuffersDirectory());
    }

    /** The baseline in a directory of its own (on disk for the latency benchmark, as vbtrace's index is). */
    PlainLuceneBaseline(List<AlqacData.Article> articles, Directory directory) throws IOException {
        this.directory = directory;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (AlqacData.Article article : articles) {
                Document doc = new Document();
                doc.add(new KeywordField(ID, article.id(), Field.Store.YES));
                doc.add(new TextField(TEXT, article.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
    }

    List<String> search(String question, int n) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, question)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                any.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
            }
            tokens.end();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(any.build(), n).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
