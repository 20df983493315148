// Quotes with their sentences, their speaker (an entity, or an unnamed Source of the article)
// and the entities named inside them.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.direct = row.direct, q.medium = row.medium, q.cue = row.cue,
    q.speaker = row.speakerName, q.speakerRole = row.speakerRole,
    q.start = row.start, q.end = row.end, q.rule = row.rule, q.article = row.article,
    q.dataset = row.dataset
MERGE (q)-[:IN]->(s)
WITH q, row
CALL (q, row) {
  UNWIND row.moreSentences AS more
  MATCH (other:Sentence {id: more})
  MERGE (q)-[:IN]->(other)
}
CALL (q, row) {
  WITH q, row WHERE row.speakerEntity IS NOT NULL
  MATCH (e:Entity {id: row.speakerEntity})
  MERGE (e)-[:SAID]->(q)
}
CALL (q, row) {
  WITH q, row WHERE row.sourceId IS NOT NULL
  MERGE (src:Source {id: row.sourceId})
  SET src.description = row.speakerName, src.article = row.article, src.dataset = row.dataset
  MERGE (src)-[:SAID]->(q)
}
CALL (q, row) {
  UNWIND row.about AS key
  MATCH (e:Entity {id: key})
  MERGE (q)-[:ABOUT]->(e)
}
