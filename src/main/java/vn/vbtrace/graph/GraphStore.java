package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.BodyProfile;
import vn.vbtrace.document.BodyRef;
import vn.vbtrace.document.DocumentSummary;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.document.SideBySide;
import vn.vbtrace.document.StaffStatus;

/**
 * The document graph. Embedded (a Neo4j server in this process, on 127.0.0.1 only) when the
 * settings carry no URI, otherwise a Neo4j server or cluster; in both cases every read and write
 * goes through the Java driver, so the code below cannot tell the two apart.
 */
public final class GraphStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GraphStore.class);
    /** After too many wrong passwords in a row (3 by default) Neo4j refuses even the right one for a while (5 s). */
    private static final String AUTHENTICATION_RATE_LIMIT = "Neo.ClientError.Security.AuthenticationRateLimit";

    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final DocumentWriter writer;
    private final DocumentQueries documents;
    private final PageQueries pages;
    private final ChainQueries chains;
    private final BasisQueries bases;
    private final ProgramQueries programs;
    private final ValidityQueries validity;
    private final CatalogWriter catalog;
    private final EvidenceQueries evidence;
    private final OverviewQueries overview;
    private final BodyQueries bodies;
    private final IngestLedger ledger;
    private boolean closed;

    private GraphStore(EmbeddedNeo4j embedded, Driver driver) {
        this.embedded = embedded;
        this.driver = driver;
        this.writer = new DocumentWriter(driver);
        this.documents = new DocumentQueries(driver);
        this.pages = new PageQueries(driver);
        this.chains = new ChainQueries(driver);
        this.bases = new BasisQueries(driver);
        this.programs = new ProgramQueries(driver);
        this.validity = new ValidityQueries(driver);
        this.catalog = new CatalogWriter(driver);
        this.evidence = new EvidenceQueries(driver);
        this.overview = new OverviewQueries(driver);
        this.bodies = new BodyQueries(driver);
        this.ledger = new IngestLedger(driver);
    }

    /** Starts the embedded server if needed, connects the driver and applies the schema files. */
    public static GraphStore open(GraphSettings settings) {
        EmbeddedNeo4j embedded = null;
        Driver driver = null;
        try {
            String uri;
            AuthToken auth;
            if (settings.isEmbedded()) {
                if (settings.storeDir() == null) {
                    throw new GraphException("An embedded graph needs a store folder");
                }
                embedded = EmbeddedNeo4j.start(settings.storeDir());
                log.info("Embedded Neo4j started in {} ms, Bolt on {}",
                        embedded.startup().toMillis(), embedded.boltUri());
                uri = embedded.boltUri();
                auth = AuthTokens.basic(EmbeddedNeo4j.USER, embedded.password());
            } else {
                uri = settings.uri();
                auth = remoteAuth(settings);
            }
            driver = connect(uri, auth);
            if (embedded == null) {
                verify(driver, uri);
            } else {
                try {
                    driver.verifyConnectivity();
                } catch (AuthenticationException e) {
                    // The kept password no longer matches the store's system database: give it back, then connect.
                    driver.close();
                    embedded.restorePassword();
                    driver = connect(uri, auth);
                    driver.verifyConnectivity();
                }
            }
            List<Integer> applied = new SchemaMigrator(driver).migrate(SchemaMigrator.fromClasspath());
            if (!applied.isEmpty()) {
                log.info("Graph schema versions applied: {}", applied);
            }
            return new GraphStore(embedded, driver);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * Logs in to the server the settings name, and nothing else (no schema, no store): {@code serve} asks this before
     * it starts anything, so a wrong password is one line, not a failed application start. Nothing to check when the
     * graph is embedded.
     *
     * @throws GraphUnreachableException when the server refuses the login or does not answer
     */
    public static void verifyLogin(GraphSettings settings) {
        if (settings.isEmbedded()) {
            return;
        }
        try (Driver driver = connect(settings.uri(), remoteAuth(settings))) {
            verify(driver, settings.uri());
        }
    }

    private static AuthToken remoteAuth(GraphSettings settings) {
        return settings.user() == null ? AuthTokens.none()
                : AuthTokens.basic(settings.user(), settings.password() == null ? "" : settings.password());
    }

    /** A refused login or a silent server is a setting to fix, said in one line; anything else stays as the driver said. */
    private static void verify(Driver driver, String uri) {
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            throw GraphUnreachableException.loginRefused(uri, e);
        } catch (SecurityException e) {
            if (AUTHENTICATION_RATE_LIMIT.equals(e.code())) {
                throw GraphUnreachableException.loginLocked(uri, e);
            }
            throw e;
        } catch (ServiceUnavailableException e) {
            throw GraphUnreachableException.noAnswer(uri, e);
        }
    }

    private static Driver connect(String uri, AuthToken auth) {
        // The driver logs through SLF4J like the rest of the application (not to stderr through JUL). No notifications:
        // nothing reads them, and the server built, sent and the driver parsed them for every statement (a document
        // page's statement had ten, one per property key or relationship type the repository has not used yet), an
        // eighth of the CPU of a page or a chain at 100,000 documents (JFR).
        return GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.slf4j())
                .withMinimumNotificationSeverity(NotificationSeverity.OFF).build());
    }

    /** The ingest journal kept in the server, for instances that share it (the embedded graph keeps none). */
    public IngestLedger ledger() {
        return ledger;
    }

    /** Writes the document, its references (cited documents become stubs), issuer, signer and tasks. */
    public void write(IngestedDocument doc) {
        writer.write(doc);
    }

    /**
     * Writes a batch of documents in one transaction: all of them or, when it fails, none. Of two versions
     * of one document in the batch, the later wins.
     */
    public void write(List<IngestedDocument> docs) {
        writer.write(docs);
    }

    /**
     * Runs what {@link #write} runs for these documents and rolls it back: the graph is unchanged, the statements'
     * plans are compiled and cached (a server's warm-up before its first upload). Then commits two nodes of a label
     * no statement reads and deletes them, so that the commit path is loaded too.
     */
    public void rehearse(List<IngestedDocument> docs) {
        writer.rehearse(docs);
    }

    /** Removes what {@link #write} made for this document; used to roll back a half-finished ingest. */
    public void delete(String id) {
        if (id != null) {
            writer.delete(List.of(id));
        }
    }

    /** {@link #delete} for many documents, in one transaction. */
    public void delete(java.util.Collection<String> ids) {
        writer.delete(List.copyOf(ids));
    }

    /** The content hash of an ingested (non-stub) document. */
    public Optional<String> contentHash(String id) {
        return id == null ? Optional.empty() : documents.contentHash(id);
    }

    /** The ids of all ingested (non-stub) documents. */
    public Set<String> documentIds() {
        return documents.documentIds();
    }

    public Optional<GraphDocument> findById(String id) {
        return id == null ? Optional.empty() : documents.findById(id);
    }

    /** By number, ignoring case, spaces and diacritics ({@link DocumentNumbers#key}). */
    public Optional<GraphDocument> findByNumber(String number) {
        return documents.findByNumber(number);
    }

    /**
     * The document page's part of the graph for the document with this number ({@link #findByNumber}), in one
     * statement. Its citers are the first {@code citationsShown} citations by the given citers, oldest citing
     * document first, each with the relation it cites under: the citers are the index's oldest
     * ({@code SearchIndex.citersOldestFirst}) of the id the number gives, so a page costs the same for any number of
     * citers. The programs are those the document names, approves or carries
     * out, as summaries (no lineage and no implementers, which grow with the repository). Empty when no document or
     * stub has the number.
     */
    public Optional<GraphPage> pageByNumber(String number, List<String> citers, int citationsShown) {
        return SideBySide.join(pageByNumberStarted(number, citers, citationsShown));
    }

    /**
     * {@link #pageByNumber} started and not waited for: the statement is sent now and its answer completes the
     * future on the driver's thread, while the caller reads the page's text ({@link SideBySide#join} waits for it).
     */
    public CompletableFuture<Optional<GraphPage>> pageByNumberStarted(String number, List<String> citers, int citationsShown) {
        return pages.byNumber(number, citers, citationsShown);
    }

    /** {@link #pageByNumber} by id. */
    public Optional<GraphPage> pageById(String id, List<String> citers, int citationsShown) {
        return SideBySide.join(pageByIdStarted(id, citers, citationsShown));
    }

    /** {@link #pageByNumberStarted} by id. */
    public CompletableFuture<Optional<GraphPage>> pageByIdStarted(String id, List<String> citers, int citationsShown) {
        return id == null ? CompletableFuture.completedFuture(Optional.empty()) : pages.byId(id, citers, citationsShown);
    }

    /** What this document cites, first mention first. */
    public List<Link> outgoing(String id) {
        return id == null ? List.of() : documents.outgoing(id);
    }

    /** The documents that cite this one. */
    public List<Link> incoming(String id) {
        return id == null ? List.of() : documents.incoming(id);
    }

    /**
     * The citation chain from the document with this number, {@code depth} hops (0 to 10) in
     * {@code direction} (null means both); empty when no document or stub has the number.
     */
    public Optional<Chain> chain(String number, Direction direction, int depth) {
        return chain(number, direction, depth, DEFAULT_CHAIN_LIMIT);
    }

    /** The most documents a chain shows unless asked for another page size. */
    public static final int DEFAULT_CHAIN_LIMIT = 200;

    /**
     * As {@link #chain(String, Direction, int)}, showing at most {@code limit} documents (1 to 1,000); documents
     * whose neighbours were cut are listed in the chain's {@code truncated}, each with a cursor for {@link #moreOf}.
     * The programs its documents approve come with it, each with its lineage.
     */
    public Optional<Chain> chain(String number, Direction direction, int depth, int limit) {
        return chains.chain(DocumentNumbers.key(number), direction == null ? Direction.BOTH : direction, depth, limit);
    }

    /** The next page of one document's neighbours, from a cursor a chain gave; empty when the document is gone. */
    public Optional<Chain> moreOf(ChainCursor cursor, int limit) {
        return chains.more(cursor, limit);
    }

    /** What a document cites, grouped by relation, issuer and year (bounded by the per-file reference limit). */
    public Chain.Groups citedGroups(String documentId) {
        return chains.citedGroups(documentId);
    }

    /** Who cites a document, grouped by relation, issuer and year, counted in the graph (every citer read). */
    public Chain.Groups citerGroups(String documentId) {
        return chains.citerGroups(documentId);
    }

    /**
     * The citation chain from the document with this id (documents without a number have one too), at most
     * {@code limit} documents, with the programs they approve.
     */
    public Optional<Chain> chainFrom(String id, Direction direction, int depth, int limit) {
        return chains.chainFrom(id, direction == null ? Direction.BOTH : direction, depth, limit);
    }

    /** The shortest chain of references linking two documents (either direction), nodes in path order. */

    public Optional<Chain> path(String fromNumber, String toNumber) {
        return chains.path(DocumentNumbers.key(fromNumber), DocumentNumbers.key(toNumber));
    }

    /**
     * What the peers (documents that cite any of {@code citedIds}, the newest of them as the search index lists
     * them) take as basis and {@code citedIds} lacks, most shared first: the bases a draft citing those documents
     * may be missing.
     */
    public List<BasisSuggestion> basesOfPeers(List<String> citedIds, List<String> peerIds, int limit) {
        return bases.basesOfPeers(citedIds, peerIds, limit);
    }

    /**
     * Every task with its responsible body and role: what the graph holds of the duties, read whole (the tests of its
     * writing read it; the answers read the duties from the task index, a body's or a question's only).
     */
    public List<TaskRow> tasks() {
        return documents.tasks();
    }

    /**
     * At most {@code limit} programs, earliest period first, then by key, after the one with this period start
     * ({@link #programSortYear}) and key; both null for the first page.
     */
    public List<ProgramSummary> programs(Integer afterYear, String afterKey, int limit) {
        return programs.page(afterYear, afterKey, limit);
    }

    /** Where a program without a period's start is in the order of {@link #programs}: after every year. */
    public static int programSortYear(ProgramSummary program) {
        return program.fromYear() == null ? ProgramQueries.NO_YEAR : program.fromYear();
    }

    /** A program by its key, or by the number of the decision approving it. */
    public Optional<ProgramSummary> program(String keyOrNumber) {
        return keyOrNumber == null || keyOrNumber.isBlank() ? Optional.empty() : programs.find(keyOrNumber.strip());
    }

    /**
     * The program's lineage and the first {@code limit} documents carrying it out, oldest first, with how many there
     * are: {@code approverCiters} are the first documents by date citing its approving decision
     * ({@code SearchIndex.citersOldestFirst}), so the page costs the same however many carry it out.
     */
    public ProgramLineage lineage(ProgramSummary program, List<String> approverCiters, int limit) {
        return programs.lineage(program, approverCiters, limit);
    }

    /**
     * The documents of a program (by key): those that name or approve it, and its approving decisions, whose citers
     * are its documents too; the duties a "program" filter keeps.
     */
    public ProgramDocuments documentsOfProgram(String key) {
        return programs.documentsOf(key);
    }

    /** The programs that any of these documents approves. */
    public List<ProgramSummary> programsApprovedBy(List<String> documentIds) {
        return documentIds.isEmpty() ? List.of() : programs.approvedByAny(documentIds);
    }

    /** What the graph says about whether the document is in force; empty when no document or stub has the id. */
    public Optional<ValidityFacts> validityFacts(String documentId) {
        return documentId == null ? Optional.empty() : validity.facts(documentId);
    }

    /** The validity facts of several documents in one round trip, by id; an id no document or stub has is absent. */
    public Map<String, ValidityFacts> validityFacts(java.util.Collection<String> documentIds) {
        return documentIds.isEmpty() ? Map.of() : validity.facts(documentIds);
    }

    /**
     * Documents whose status the calendar may have changed after {@code since} up to {@code today} (an
     * effect starting or ending, a program's period ending): found through date indexes, not by reading
     * every document.
     */
    public Set<String> changedByCalendar(java.time.LocalDate since, java.time.LocalDate today) {
        return validity.changedByCalendar(since, today);
    }

    /**
     * Adds a staff status record to the document's history (the latest is in effect); empty when no document
     * or stub has the id. The record points at the document, so re-ingesting the document keeps it.
     */
    public Optional<StaffStatus> recordStatus(String documentId, String status, String note, String setBy,
                                              java.time.Instant setAt) {
        return validity.record(documentId, status, note, setBy, setAt);
    }

    /** The document's staff status records, latest first. */
    public List<StaffStatus> statusHistory(String documentId) {
        return documentId == null ? List.of() : validity.history(documentId);
    }

    /**
     * Imports catalog records in one transaction (a batch): how many were already there unchanged, and the ingested
     * documents touched. A stub takes the catalog's values, an ingested document keeps its own.
     */
    public CatalogWrite importCatalog(List<CatalogEntry> entries) {
        return catalog.writeRecords(entries);
    }

    /** Imports catalog relations in one transaction: how many were written or already there, and the ingested documents they end at. */
    public CatalogWrite importCatalogLinks(List<CatalogLink> links) {
        return catalog.writeLinks(links);
    }

    /**
     * The cited document with this number as the graph knows it (node and catalog values), for the draft check; what
     * its citers say is the search index's to count ({@code SearchIndex.citing}).
     */
    public Optional<CitationEvidence> citedByNumber(String number) {
        return number == null ? Optional.empty() : evidence.byNumber(number);
    }

    /** The same for each of a draft's cited numbers in one round trip, in order (empty where nothing here has it). */
    public List<Optional<CitationEvidence>> citedByNumbers(List<String> numbers) {
        return evidence.byNumbers(numbers);
    }

    /** The same for a document by id (a law cited by name has the id of its title and date). */
    public Optional<CitationEvidence> citedById(String id) {
        return id == null ? Optional.empty() : evidence.byId(id);
    }

    /** Each citer's first mention of the document it cites (date and words), keyed by {@link CitationEvidence.Pair#key()}. */
    public Map<String, CitationEvidence.Example> firstMentions(List<CitationEvidence.Pair> pairs) {
        return evidence.firstMentions(pairs);
    }

    /** Catalog records of a law by its title (any case or diacritics), the one of {@code date} first. */
    public List<CitationEvidence> catalogByTitle(String title, java.time.LocalDate date) {
        String key = CatalogWriter.titleKey(title);
        return key == null ? List.of() : evidence.catalogByTitle(key, date, 5);
    }

    /** Ingested documents (not stubs). */
    public long documentCount() {
        return documents.count(false);
    }

    /** Documents only known from citations. */
    public long stubCount() {
        return documents.count(true);
    }

    /** Where the embedded server's Bolt password is kept (owner-only), or null against a remote server. */
    public java.nio.file.Path boltPasswordFile() {
        return embedded == null ? null : embedded.passwordFile();
    }

    /** Nodes in the graph by kind: every document (held or only cited), body, task and program; constant time. */
    public GraphCounts counts() {
        OverviewQueries.Counts c = overview.counts();
        return new GraphCounts(c.documents(), c.bodies(), c.tasks(), c.programs());
    }

    /** The held documents issued last, newest first. */
    public List<DocumentSummary> latestDocuments(int limit) {
        return overview.latest(Math.max(1, limit));
    }

    /**
     * Bodies named so, with or without diacritics: "Sở Tài chính tỉnh Bắc Kạn" is one body, "so tai chinh" finds
     * that name in each province (the exact one, when a body has no province, first).
     */
    public List<BodyRef> findBodies(String name) {
        String key = DocumentWriter.bodyKey(name);
        return key == null ? List.of() : bodies.find(key);
    }

    /** The key bodies are stored under: the folded qualified name ("so tai chinh tinh bac kan"). */
    public static String bodyKey(String name) {
        return DocumentWriter.bodyKey(name);
    }

    /** One body with its place, duties and the documents addressed to it (at most {@code limit} of each). */
    public Optional<BodyProfile> body(String key, int limit) {
        return key == null || key.isBlank() ? Optional.empty() : bodies.profile(key, Math.max(1, limit));
    }

    /** The embedded server's Bolt port, or -1 against a remote server. */
    public int boltPort() {
        return embedded == null ? -1 : embedded.boltPort();
    }

    /** Package-private: tests look at the raw graph through the same driver. */
    Driver driver() {
        return driver;
    }

    /** How long the embedded server took to start, or null against a remote server. */
    java.time.Duration embeddedStartup() {
        return embedded == null ? null : embedded.startup();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
