package vn.vbtrace.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * The search baseline of the scale benchmark, a JVM of its own beside {@code serve}: the index {@link BareLuceneIngest}
 * wrote, searched as a user with Lucene alone would serve it (StandardAnalyzer, the words OR'ed, BM25, top ten with their
 * stored path), over HTTP on 127.0.0.1 so that the benchmark's client times both the same way, in the same minutes:
 * what the machine gives a plain search at that moment, printed beside vbtrace's answers to the same requests. A slow
 * hour of the machine shows in both. {@code BareLuceneServer INDEX_DIR}; prints "on http://127.0.0.1:PORT" when it
 * listens; {@code GET /search?q=...&limit=10} answers {@code {"total": N, "hits": [{"path": ..., "score": ...}]}}.
 */
public final class BareLuceneServer {

    private BareLuceneServer() {
    }

    public static void main(String[] args) throws IOException {
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])));
        HttpServer server = start(reader);
        System.out.println("bare Lucene search of " + reader.numDocs() + " documents on http://127.0.0.1:"
                + server.getAddress().getPort());
        System.out.flush();
    }

    /** Serves searches of {@code reader} on a free port of 127.0.0.1 until stopped. */
    static HttpServer start(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Tomcat answers vbtrace's requests from a pool of threads; a pool here too, not the one dispatcher thread.
        server.setExecutor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory()));
        server.createContext("/search", exchange -> answer(exchange, searcher));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, IndexSearcher searcher) throws IOException {
        String q = parameter(exchange.getRequestURI().getRawQuery(), "q");
        String limit = parameter(exchange.getRequestURI().getRawQuery(), "limit");
        byte[] body;
        int status = 200;
        try {
            Query query = new QueryParser("text", new StandardAnalyzer()).parse(QueryParser.escape(q == null ? "" : q));
            TopDocs top = searcher.search(query, limit == null ? 10 : Integer.parseInt(limit));
            StoredFields stored = searcher.storedFields();
            StringBuilder json = new StringBuilder("{\"total\":").append(top.totalHits.value()).append(",\"hits\":[");
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                // The paths are the set's file names (docs/000123.txt): nothing in them needs escaping.
                json.append(i == 0 ? "" : ",").append("{\"path\":\"").append(stored.document(hit.doc).get("path"))
                        .append("\",\"score\":").append(hit.score).append('}');
            }
            body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        } catch (ParseException | RuntimeException e) {
            status = 400;
            body = ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
