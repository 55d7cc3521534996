// Issue 9: every document keeps the count of the documents citing it (Document.citers). A document new to the
// graph starts at 0 (GraphCypher.MERGE_DOCUMENTS) and the writer keeps it (GraphCypher.CITER_COUNTS); one that no
// batch had touched since it was written (a document nobody cites) had none, and every chain or page naming it
// counted its citers by reading all its relationships. Counted here once.
MATCH (d:Document)
WHERE d.citers IS NULL
SET d.citers = size(COLLECT { MATCH (c:Document)-->(d) RETURN DISTINCT c });
