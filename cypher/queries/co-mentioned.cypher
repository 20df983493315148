// name: co-mentioned
// description: Pairs of entities named in the same sentences, with the number of such sentences and articles.
// param entity: entity = null — only pairs with this entity (looked up like who-said-what's speaker); all pairs when not given (null)
// param limit: integer[1..10000] = 25 — at most this many pairs
//
// column entity: string
// column other: string
// column sentences: integer
// column articles: integer
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// :param entity => null
// :param limit => 25
MATCH (a:Article)-[m1:MENTIONS]->(e1:Entity)
WHERE $entity IS NULL OR e1.id IN $entity OR any(k IN e1.keys WHERE k IN $entity)
MATCH (a)-[m2:MENTIONS]->(e2:Entity)
WHERE CASE WHEN $entity IS NULL THEN e1.id < e2.id ELSE NOT (e2.id IN $entity OR any(k IN e2.keys WHERE k IN $entity)) END
WITH e1, e2, a, [i IN m1.sentences WHERE i IN m2.sentences] AS shared
WHERE size(shared) > 0
RETURN e1.name AS entity,
       e2.name AS other,
       sum(size(shared)) AS sentences,
       count(a) AS articles
ORDER BY sentences DESC, articles DESC, entity, other
LIMIT $limit
