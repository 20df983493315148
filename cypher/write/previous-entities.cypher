// Entities that these articles' earlier facts pointed at, to remove the ones left orphaned.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:MENTIONS]->(mentioned:Entity)
OPTIONAL MATCH (a)<-[:IN]-(:Sentence)<-[:IN]-(:Attack)-[:BY|TARGETED|USED|IN_PLACE]->(named:Entity)
WITH collect(DISTINCT mentioned.id) + collect(DISTINCT named.id) AS ids
UNWIND ids AS entityId
RETURN DISTINCT entityId
