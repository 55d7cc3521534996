// Issue 15: the home page lists the latest documents by issue date; a range index lets Neo4j read them
// in date order and stop after the first few, however many documents the repository holds.
CREATE INDEX document_issued_date IF NOT EXISTS
FOR (d:Document) ON (d.issuedDate);
