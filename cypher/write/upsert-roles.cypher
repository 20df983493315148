UNWIND $rows AS row
MATCH (p:Entity {id: row.person})
MATCH (o:Entity {id: row.of})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)
SET r.articles = CASE WHEN row.article IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + row.article END
