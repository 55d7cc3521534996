// Issue 9: every held document keeps the count of the distinct documents it cites (Document.cites), written
// with the document (DocumentWriter); a stub has none (the catalog may add relations starting at a stub). A chain
// shows it for each document whose basis it cuts; counting it there read all of each such document's
// relationships (a leaf's depth-3 chain at 100,000 documents: 13,000 reads for its last level). Counted here once
// in an older folder; only reference relationships join two documents.
MATCH (d:Document {stub: false})
WHERE d.cites IS NULL
SET d.cites = size(COLLECT { MATCH (d)-->(x:Document) RETURN DISTINCT x });
