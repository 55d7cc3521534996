// Issue 9: start-up and answers that cost the same at 100,000 documents.
// Statuses the calendar changes are found by a date query (StatusIndex.catchUpWithCalendar), not by
// deriving every document's status again at each start:
CREATE INDEX document_effective_date IF NOT EXISTS
FOR (d:Document) ON (d.effectiveDate);

CREATE INDEX document_effect_end_date IF NOT EXISTS
FOR (d:Document) ON (d.effectEndDate);

CREATE INDEX program_to_year IF NOT EXISTS
FOR (p:Program) ON (p.toYear);

// A program met again is compared only with the known programs of the same kind and end year.
CREATE INDEX program_kind_to_year IF NOT EXISTS
FOR (p:Program) ON (p.kind, p.toYear);

// Document.citers (no index needed): how many distinct documents cite it, kept by the writer
// (GraphCypher.CITER_COUNTS); absent on a node no batch has touched since it existed, where readers count.

// A national catalog record's dates (issue 14) change a status with the calendar too: the same catch-up reads them.
CREATE INDEX document_catalog_effective_date IF NOT EXISTS
FOR (d:Document) ON (d.catalogEffectiveDate);

CREATE INDEX document_catalog_expiry_date IF NOT EXISTS
FOR (d:Document) ON (d.catalogExpiryDate);
