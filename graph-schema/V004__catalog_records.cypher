// Issue 14: the national catalog. A catalog record is a Document node (the same id a stub or an ingested file
// with that number has: DocumentNumbers.idForNumber) with catalog = true and the catalog's values kept apart in
// catalog* properties: catalogType, catalogIssuer, catalogIssuedDate, catalogEffectiveDate, catalogExpiryDate,
// catalogStatus, catalogTitle, catalogSource (the record's source URL) and catalogHash (what was imported, so a
// re-import of an unchanged record writes nothing). A stub takes the catalog's number, type, issuer, date and title;
// an ingested file keeps its own (a held file wins over the catalog).
// Relations imported from the catalog are the graph's relationship types with r.catalog = true and r.source.

// A law cited by its name ("Luật Tổ chức chính quyền địa phương ngày 19/6/2015") is found in the catalog by its
// folded title.
CREATE INDEX document_catalog_title IF NOT EXISTS
FOR (d:Document) ON (d.catalogTitleKey);
