/**
 * The extraction library: plain Java, no Spring, Lucene or Neo4j. It reads normalized text
 * ({@link vn.vbtrace.parse.TextNormalizer}) in stages, the way eyecite reads court citations:
 * <ol>
 *   <li>{@code vocab}: document types, issuer codes, provinces, body names, clause words, loaded
 *       once from {@code src/main/resources/vocab/} (data, not code);</li>
 *   <li>{@code token}: document numbers, dates, type words and issuer names, each with its span;</li>
 *   <li>{@code metadata}: what the document says about itself (header, title, signature);</li>
 *   <li>{@code citation}: mentions of other documents and the relation each clause gives them;</li>
 *   <li>{@code resolve}: self-mentions dropped, short forms and back-references completed;</li>
 *   <li>{@code assignment}: duty clauses (body, role, task, deadline).</li>
 * </ol>
 * {@link vn.vbtrace.extract.Extractor} runs them all.
 */
package vn.vbtrace.extract;
