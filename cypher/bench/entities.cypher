// name: bench-entities
// description: Entity nodes of the given types with their names, country, point, and how often they are mentioned and quoted (npm run bench:graph).
// param types: list of labels, e.g. ['Person', 'Location']
MATCH (e:Entity)
WHERE any(label IN labels(e) WHERE label IN $types)
RETURN e.id AS id,
       [label IN labels(e) WHERE label IN $types][0] AS type,
       coalesce(e.name, '') AS name,
       coalesce(e.aliases, []) AS aliases,
       coalesce(e.keys, []) AS keys,
       e.countryCode AS countryCode,
       e.placeKind AS placeKind,
       e.point.latitude AS latitude,
       e.point.longitude AS longitude,
       COUNT { (:Article)-[:MENTIONS]->(e) } AS articles,
       COUNT { (e)-[:SAID]->(:Quote) } AS quotes
