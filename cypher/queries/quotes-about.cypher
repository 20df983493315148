// name: quotes-about
// description: Quotes that name a given entity, with who said them and where.
// param entity: entity — the entity's name; alias, surname, "Mr X", another spelling all work
// param limit: integer[1..10000] = 50 — at most this many quotes
//
// column about: string
// column speaker: string?
// column quote: string
// column speech: direct|reported
// column date: string?
// column article: string?
// column articleId: string
//
// Neo4j Browser: run these first (a list of node ids, or of names as stored in Entity.keys:
// lower case, no diacritics).
// :param entity => ['kyiv']
// :param limit => 50
MATCH (q:Quote)-[:ABOUT]->(about:Entity)
WHERE about.id IN $entity OR any(k IN about.keys WHERE k IN $entity)
MATCH (a:Article {id: q.article})
WITH DISTINCT q, a, about
RETURN about.name AS about,
       COLLECT { MATCH (speaker)-[:SAID]->(q) RETURN coalesce(speaker.name, speaker.description) }[0] AS speaker,
       q.text AS quote,
       CASE WHEN q.direct THEN 'direct' ELSE 'reported' END AS speech,
       a.publishedAt AS date,
       a.title AS article,
       a.id AS articleId
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, q.start
LIMIT $limit
