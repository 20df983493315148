// Replaces the events $deleted by the events $rows ({id, attacks, target, from, to, dataset}): each with its
// attacks (PART_OF), attacker and target, its days, how many attacks, articles and sources
// (distinct sources of the articles' publications) report it, and the largest tolls reported.
CALL () {
  UNWIND $deleted AS id
  MATCH (e:Event {id: id})
  DETACH DELETE e
}
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
WITH e, row
CALL (e, row) {
  UNWIND row.attacks AS attackId
  MATCH (a:Attack {id: attackId})
  MERGE (a)-[:PART_OF]->(e)
}
CALL (e, row) {
  MATCH (target:Entity {id: row.target})
  MERGE (e)-[:TARGETED]->(target)
  RETURN target
}
CALL (e, row) {
  UNWIND row.attacks AS attackId
  MATCH (a:Attack {id: attackId})-[:BY]->(by:Entity)
  WITH e, by, a ORDER BY a.id
  WITH e, collect(a) AS attacks, collect(DISTINCT by)[0] AS by
  MERGE (e)-[:BY]->(by)
  WITH e, attacks, by, [a IN attacks | a.article] AS articles
  WITH e, attacks, by, reduce(acc = [], x IN articles | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS articles
  SET e.attacker = by.name,
      e.attacks = size(attacks),
      e.articleIds = articles,
      e.articles = size(articles),
      e.sources = COUNT {
        MATCH (art:Article) WHERE art.id IN articles
        OPTIONAL MATCH (p:Publication)-[:OF]->(art)
        RETURN DISTINCT coalesce(p.source, art.source) AS source
      },
      e.killed = reduce(m = null, a IN attacks | CASE WHEN a.killed IS NOT NULL AND (m IS NULL OR a.killed > m) THEN a.killed ELSE m END),
      e.injured = reduce(m = null, a IN attacks | CASE WHEN a.injured IS NOT NULL AND (m IS NULL OR a.injured > m) THEN a.injured ELSE m END)
}
SET e.target = target.name, e.date = row.from, e.dateTo = row.to, e.dataset = row.dataset
