// The stored publications with one of these ids or one of these body hashes, each with the
// article it is linked to: what the loader plans a group's copies with.
CALL () {
  UNWIND $ids AS id
  MATCH (p:Publication {id: id})
  RETURN p
  UNION
  UNWIND $bodies AS body
  MATCH (p:Publication {bodyHash: body})
  RETURN p
}
RETURN p.id AS id, p.sha256 AS sha256, p.bodyHash AS bodyHash, p.publishedAt AS publishedAt,
       COLLECT { MATCH (p)-[:OF]->(a:Article) RETURN a.id }[0] AS article
