// One node per input article (a file's article, a record), whatever its body: its own id, hash
// (to skip it when unchanged), body hash, title, source, URL, date and dataset.
UNWIND $rows AS row
MERGE (p:Publication {id: row.id})
SET p.sha256 = row.sha256, p.bodyHash = row.bodyHash, p.title = row.title, p.source = row.source,
    p.url = row.url, p.publishedAt = row.publishedAt, p.dataset = row.dataset, p.idScheme = $idScheme
