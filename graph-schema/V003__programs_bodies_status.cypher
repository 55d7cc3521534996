// Issues 3 and 5: programs with their lineage, bodies placed in a province, address lines, and the
// validity status staff record by hand. New vocabulary (written by DocumentWriter):
//   (Document)-[:APPROVES]->(Program)      the decision that approves the program (a stub when not held)
//   (Program)-[:SUCCEEDS]->(Program)       the 2021-2030 program continues the one "đến năm 2020"
//   (Document)-[:MENTIONS]->(Program)      the document names the program (carries it out, reports on it,
//                                          or approves it): the "program" filter starts from here. Not
//                                          IMPLEMENTS, which stays a Document-to-Document reference.
//   (Document)-[:ADDRESSED_TO {as}]->(Body) as = 'kính gửi' or 'nơi nhận'
//   (Document)-[:SIGNED_BY {title}]->(Person)
//   (Body)-[:PART_OF]->(Body)              Chi cục TĐC is part of Sở KH&CN of the same province
//   (StatusRecord)-[:STATUS_OF]->(Document) a staff member's status decision; it points at the document
//                                          (never the other way) so that re-ingesting, which replaces the
//                                          document's outgoing relationships, keeps every record.
// Body.key now includes the province ("so tai chinh tinh bac kan"): the body_key constraint of V002 stands.

CREATE INDEX body_province IF NOT EXISTS
FOR (b:Body) ON (b.province);

// Status records are "<document id>:<sequence>": the sequence orders a document's history, the latest wins.
CREATE CONSTRAINT status_record_id IF NOT EXISTS
FOR (s:StatusRecord) REQUIRE s.id IS UNIQUE;

// A program is found again by the id of the document that approves it (when the writer met it before that document).
CREATE INDEX program_approved_by IF NOT EXISTS
FOR (p:Program) ON (p.approvedById);
