// Issue 9: a document approving a program is marked (Document.approvesProgram, set where the APPROVES relationship
// is written: EntityCypher), so that looking up the programs of a chain's documents expands only those. Marked here
// once in a folder written before the mark.
MATCH (d:Document)-[:APPROVES]->(:Program)
WHERE d.approvesProgram IS NULL
SET d.approvesProgram = true;
