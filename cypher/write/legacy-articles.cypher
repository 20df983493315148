// Of these ids (the ids older loaders gave articles now loaded under new ids, and the new ids
// themselves), the ones of articles written by a loader of an earlier id scheme (no idScheme, or
// a lower one): they are replaced, not left as duplicates.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.idScheme IS NULL OR a.idScheme < $idScheme
RETURN a.id AS id
