/**
 * The extraction library: plain Java, no Spring, Lucene or Neo4j. It reads normalized text
 * ({@link vn.vbtrace.parse.TextNormalizer}) in stages, the way eyecite reads court citations:
 * <ol>
 *   <li>{@code vocab}: document types, issuer codes, provinces, bodies, clause words, loaded
 *       once from {@code src/main/resources/vocab/} (data, not code);</li>
 *   <li>{@code token}: document numbers, dates, type words and issuer names, each with its span;</li>
 *   <li>{@code metadata}: what the document says about itself (header, issuer, title, signature,
 *       addressees and recipients, a saved portal page's panel);</li>
 *   <li>{@code citation}: mentions of other documents (by number or by a law's name) and the
 *       relation each clause gives them;</li>
 *   <li>{@code resolve}: self-mentions dropped, short forms and back-references completed, a bare
 *       "UBND" read as the document's own province's committee;</li>
 *   <li>{@code assignment}: duty clauses (body, role, task, deadline);</li>
 *   <li>{@code effect}: the document's own effect clause (from signing, after N days, on a date, until
 *       a date), else the portal panel's effective date;</li>
 *   <li>{@code program}: the programs and projects named, with the approving document, short form,
 *       kind and the program each succeeds;</li>
 *   <li>{@code body}: every body the document names or gives a duty, placed in its province and
 *       with the body it is part of.</li>
 * </ol>
 * {@link vn.vbtrace.extract.Extractor} runs them all, in that order.
 */
package vn.vbtrace.extract;
