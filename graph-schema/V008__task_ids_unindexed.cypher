// Nothing looks a task up by its id: a document's tasks are reached from the document (ASSIGNS), a body's from the
// body (RESPONSIBLE_FOR), and a re-ingest deletes a document's tasks before it writes them again. The uniqueness
// constraint kept an index entry for each of the some eight tasks of every document: at 100,000 generated documents
// its index was 120 MB, a tenth of the graph store, written inside the ingest's one serial step.
DROP CONSTRAINT task_id IF EXISTS;
