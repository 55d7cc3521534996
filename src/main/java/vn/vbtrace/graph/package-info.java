/**
 * The document graph in Neo4j: who cites whom, who is responsible for what.
 *
 * <p>{@link vn.vbtrace.graph.GraphStore} is the only entry point. Without a URI it starts Neo4j
 * embedded (Bolt on 127.0.0.1 only, a port the OS picks, no auth, no HTTP) and then, like against
 * a remote server or cluster, does every read and write through the Java driver: the embedded server
 * is a deployment choice, not a second code path. The schema lives in the top-level
 * {@code graph-schema/V###__description.cypher} files, applied once each by {@code SchemaMigrator}.
 *
 * <p>Node labels:
 * <ul>
 *   <li>{@code Document}: an ingested document, a {@code stub} when only cited, or a national catalog
 *       record ({@code catalog}, its values in {@code catalog*} properties);</li>
 *   <li>{@code Body}, {@code Person} (signers), {@code Task} (a duty clause), {@code Program};</li>
 *   <li>{@code StatusRecord}: a validity status staff recorded by hand, with its note and author;</li>
 *   <li>the shared ingest journal ({@link vn.vbtrace.graph.IngestLedger}): {@code IngestBatch},
 *       {@code StoredFile}, {@code JournalCounter}, {@code VbtraceInstance};</li>
 *   <li>{@code SchemaVersion}: the migrations applied.</li>
 * </ul>
 *
 * <p>Relationship types:
 * <ul>
 *   <li>Document to Document, one per {@link vn.vbtrace.document.Relation} constant, named by its
 *       {@code graphType()} ({@code BASED_ON}, {@code GUIDES}, {@code REPLACES}, ..., {@code CITES}; the enum and
 *       {@code GET /api/relations} list them all, so a new relation changes no list here): an ingested
 *       document's carry the citing passage ({@code text, start, end}) and the cited date; the catalog
 *       import links its records with the same types;</li>
 *   <li>Document to Body: {@code ISSUED_BY}, {@code ADDRESSED_TO {as}}; Document to Person:
 *       {@code SIGNED_BY {title}};</li>
 *   <li>{@code (Document)-[:ASSIGNS]->(Task)<-[:RESPONSIBLE_FOR {role}]-(Body)};</li>
 *   <li>Document to Program: {@code MENTIONS}, {@code APPROVES}; {@code (Program)-[:SUCCEEDS]->(Program)};</li>
 *   <li>{@code (Body)-[:PART_OF]->(Body)}; {@code (StatusRecord)-[:STATUS_OF]->(Document)}.</li>
 * </ul>
 * A stub and the document later ingested share their id
 * ({@link vn.vbtrace.document.DocumentNumbers#idForNumber}), so ingesting fills the stub in place.
 */
package vn.vbtrace.graph;
