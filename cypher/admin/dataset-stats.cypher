// Counts of one dataset (`stats --dataset`): its nodes per label (articles, publications,
// sentences, quotes, unnamed sources, attacks, events), the entities its articles mention or its
// facts name, per label, and the relationships that touch its nodes, per type.
CALL () {
  MATCH (n:Article {dataset: $dataset}) RETURN n
  UNION ALL
  MATCH (n:Publication {dataset: $dataset}) RETURN n
  UNION ALL
  MATCH (n:Quote {dataset: $dataset}) RETURN n
  UNION ALL
  MATCH (n:Attack {dataset: $dataset}) RETURN n
  UNION ALL
  MATCH (n:Sentence) WHERE n.dataset = $dataset RETURN n
  UNION ALL
  MATCH (n:Source) WHERE n.dataset = $dataset RETURN n
  UNION ALL
  MATCH (n:Event) WHERE n.dataset = $dataset RETURN n
}
WITH collect(n) AS own
CALL (own) {
  UNWIND own AS n
  UNWIND labels(n) AS label
  RETURN 'label' AS kind, label AS name, count(*) AS count
  UNION ALL
  UNWIND own AS n
  MATCH (n)-[:MENTIONS|BY|TARGETED|IN_PLACE|USED]->(e:Entity)
  WHERE n:Article OR n:Attack
  WITH DISTINCT e
  UNWIND labels(e) AS label
  RETURN 'label' AS kind, label AS name, count(*) AS count
  UNION ALL
  UNWIND own AS n
  MATCH (n)-[r]-()
  WITH DISTINCT r
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
