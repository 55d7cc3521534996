// Documents: the id is the identity every writer MERGEs on (DocumentNumbers.idForNumber / idForIdentity),
// so a stub created for a cited number and the document ingested later are the same node.
CREATE CONSTRAINT document_id IF NOT EXISTS
FOR (d:Document) REQUIRE d.id IS UNIQUE;

// Lookups by number go through DocumentNumbers.key(number): case, spaces and diacritics ignored.
CREATE INDEX document_number_key IF NOT EXISTS
FOR (d:Document) ON (d.numberKey);

// The migrator records each applied schema file once.
CREATE CONSTRAINT schema_version IF NOT EXISTS
FOR (v:SchemaVersion) REQUIRE v.version IS UNIQUE;
