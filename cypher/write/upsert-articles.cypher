UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.source = row.source,
    a.url = row.url,
    a.publishedAt = row.publishedAt,
    a.sha256 = row.sha256,
    a.bodyHash = row.bodyHash,
    a.dataset = row.dataset,
    a.idScheme = $idScheme
