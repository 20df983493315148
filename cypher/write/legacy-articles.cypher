// Of these ids (the ids older loaders gave articles now loaded under new ids), the ones of
// articles written by such a loader (no idScheme): they are replaced, not left as duplicates.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.idScheme IS NULL
RETURN a.id AS id
