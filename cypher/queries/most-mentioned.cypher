// name: most-mentioned
// description: Entities by the number of articles that name them, with their mentions in all.
// param type: Person|Organization|Location|Weapon = null — only entities of this type; every type when not given (null)
// param limit: integer[1..10000] = 25 — at most this many entities
//
// column entity: string
// column type: Person|Organization|Location|Weapon
// column articles: integer
// column mentions: integer
//
// Neo4j Browser: run these first.
// :param type => null
// :param limit => 25
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE $type IS NULL OR $type IN labels(e)
WITH e, count(DISTINCT a) AS articles, sum(m.count) AS mentions
RETURN e.name AS entity,
       [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       articles,
       mentions
ORDER BY articles DESC, mentions DESC, entity
LIMIT $limit
