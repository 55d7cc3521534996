/**
 * The document graph in Neo4j: who cites whom, who is responsible for what.
 *
 * <p>{@link vn.vbtrace.graph.GraphStore} is the only entry point. Without a URI it starts Neo4j
 * embedded (Bolt on 127.0.0.1 only, a port the OS picks, no auth, no HTTP) and then, like against
 * a remote server or cluster, does every read and write through the Java driver: the embedded server
 * is a deployment choice, not a second code path. The schema lives in the top-level
 * {@code graph-schema/V###__description.cypher} files, applied once each by {@code SchemaMigrator}.
 *
 * <p>Vocabulary: {@code Document} (real or {@code stub} when only cited), {@code Body},
 * {@code Person}, {@code Task}; reference relationships named after
 * {@link vn.vbtrace.document.Relation}, plus {@code ISSUED_BY}, {@code SIGNED_BY}, {@code ASSIGNS}
 * and {@code RESPONSIBLE_FOR {role}}. A stub and the document later ingested share their id
 * ({@link vn.vbtrace.document.DocumentNumbers#idForNumber}), so ingesting fills the stub in place.
 */
package vn.vbtrace.graph;
