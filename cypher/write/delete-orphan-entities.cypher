// Entities no article mentions any more and no fact names (after a changed article was replaced).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT (e)<-[:BY|TARGETED|USED|IN_PLACE]-(:Attack)
DETACH DELETE e
