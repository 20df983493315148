// Links every publication of each body to the body's article (row.article, or none), and records
// the copies on the article, first copy first (earliest date, unknown dates last, ties by id).
UNWIND $rows AS row
CALL (row) {
  MATCH (p:Publication {bodyHash: row.bodyHash})
  OPTIONAL MATCH (p)-[old:OF]->()
  DELETE old
}
CALL (row) {
  MATCH (a:Article {id: row.article})
  MATCH (p:Publication {bodyHash: row.bodyHash})
  MERGE (p)-[:OF]->(a)
  WITH a, p ORDER BY p.publishedAt IS NULL, p.publishedAt, p.id
  WITH a, collect(p) AS copies
  SET a.publications = size(copies),
      a.publicationIds = [c IN copies | c.id],
      a.publicationSources = [c IN copies | c.source],
      a.publicationDates = [c IN copies | coalesce(c.publishedAt, '')],
      a.publicationUrls = [c IN copies | coalesce(c.url, '')]
}
