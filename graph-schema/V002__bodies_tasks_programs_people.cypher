// Bodies are MERGEd on their folded canonical name, so "Sở Tài chính" and "SỞ TÀI CHÍNH" are one node.
CREATE CONSTRAINT body_key IF NOT EXISTS
FOR (b:Body) REQUIRE b.key IS UNIQUE;

// Task ids are "<document id>:<index of the assignment>": rewritten in place when a document is re-ingested.
CREATE CONSTRAINT task_id IF NOT EXISTS
FOR (t:Task) REQUIRE t.id IS UNIQUE;

CREATE CONSTRAINT program_key IF NOT EXISTS
FOR (p:Program) REQUIRE p.key IS UNIQUE;

// Signers: the same name may belong to two people, so an index, not a uniqueness constraint.
CREATE INDEX person_name IF NOT EXISTS
FOR (p:Person) ON (p.name);
