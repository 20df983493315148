// name: article-facts
// description: Everything extracted from one article (quotes, attacks, roles, entities named), with the sentences it came from and the ids of the entities each fact names.
// param article: string — the article's id (see the `articles` query), the id of any copy of it, or its exact title
//
// column articleId: string
// column kind: quote|attack|role|entity
// column fact: string?
// column entityIds: string[]
// column sentences: integer[]
// column rule: string?
// column start: integer?
// column end: integer?
// column sentenceText: string[]
//
// Neo4j Browser: run this first.
// :param article => 'seeds/002_9148e837216a5f5d.txt#1'
MATCH (a:Article)
WHERE a.id = $article OR a.title = $article OR $article IN coalesce(a.publicationIds, [])
CALL (a) {
  MATCH (a)<-[:IN]-(:Sentence)<-[:IN]-(q:Quote)
  WITH DISTINCT q
  RETURN 'quote' AS kind,
         COLLECT { MATCH (speaker)-[:SAID]->(q) RETURN coalesce(speaker.name, speaker.description) }[0] +
           CASE WHEN q.direct THEN ' (direct): "' ELSE ' (reported): "' END + q.text + '"' AS fact,
         COLLECT { MATCH (speaker:Entity)-[:SAID]->(q) RETURN speaker.id } +
           COLLECT { MATCH (q)-[:ABOUT]->(about:Entity) RETURN about.id ORDER BY about.id } AS entityIds,
         q.rule AS rule, q.start AS start, q.end AS end,
         COLLECT { MATCH (q)-[:IN]->(s:Sentence) RETURN s.index ORDER BY s.index } AS sentences,
         COLLECT { MATCH (q)-[:IN]->(s:Sentence) RETURN s.text ORDER BY s.index } AS texts
  UNION ALL
  MATCH (a)<-[:IN]-(:Sentence)<-[:IN]-(t:Attack)
  WITH DISTINCT t
  MATCH (t)-[:BY]->(by), (t)-[:TARGETED]->(target)
  RETURN 'attack' AS kind,
         by.name + ' -> ' + target.name +
           coalesce(' in ' + COLLECT { MATCH (t)-[:IN_PLACE]->(p) RETURN p.name }[0], '') +
           coalesce(', ' + t.dateText, '') +
           coalesce(', ' + nullif(reduce(w = '', n IN COLLECT { MATCH (t)-[:USED]->(x) RETURN x.name ORDER BY x.name } |
             w + CASE WHEN w = '' THEN '' ELSE ' and ' END + n), ''), '') +
           coalesce(', ' + toString(toInteger(t.killed)) + ' killed', '') +
           coalesce(', ' + toString(toInteger(t.injured)) + ' injured', '') AS fact,
         [by.id, target.id] +
           COLLECT { MATCH (t)-[:IN_PLACE]->(p) RETURN p.id } +
           COLLECT { MATCH (t)-[:USED]->(x) RETURN x.id ORDER BY x.id } AS entityIds,
         t.rule AS rule, t.start AS start, t.end AS end,
         COLLECT { MATCH (t)-[:IN]->(s:Sentence) RETURN s.index ORDER BY s.index } AS sentences,
         COLLECT { MATCH (t)-[:IN]->(s:Sentence) RETURN s.text ORDER BY s.index } AS texts
  UNION ALL
  MATCH (p:Person)-[r:HOLDS_ROLE]->(of)
  WHERE a.id IN r.articles
  RETURN 'role' AS kind, p.name + ': ' + r.title + ', ' + of.name AS fact, [p.id, of.id] AS entityIds,
         null AS rule, null AS start, null AS end, [] AS sentences, [] AS texts
  UNION ALL
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  RETURN 'entity' AS kind,
         [label IN labels(e) WHERE label <> 'Entity'][0] + ': ' + e.name + ' (' + toString(toInteger(m.count)) + 'x)' AS fact,
         [e.id] AS entityIds,
         reduce(r = '', x IN m.rules | r + CASE WHEN r = '' THEN '' ELSE ', ' END + x) AS rule,
         null AS start, null AS end, m.sentences AS sentences, [] AS texts
}
RETURN a.id AS articleId, kind, fact, entityIds, sentences, rule, start, end, texts AS sentenceText
ORDER BY articleId,
         CASE kind WHEN 'quote' THEN 0 WHEN 'attack' THEN 0 WHEN 'role' THEN 1 ELSE 2 END,
         sentences[0], start, fact
