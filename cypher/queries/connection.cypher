// name: connection
// description: The shortest chain of facts (quotes, attacks, roles) that links two entities, one row per step, with the ids of the nodes; country and alliance hubs are not links unless viaHubs is true; optionally only through the facts of one dataset.
// param from: entity — the first entity's name; alias, surname, "Mr X", another spelling all work
// param to: entity — the second entity's name, looked up the same way
// param dataset: string = null — only through quotes and attacks of this dataset (`load --dataset`); any when not given (null)
// param viaHubs: boolean = false — let the chain pass through hubs (countries, continents, and organisations named in a quarter of the articles or more)
// param hubShare: float[0..1] = 0.25 — an organisation named in at least this share of the articles (and in 3 or more) is a hub
//
// column step: integer
// column node: string
// column nodeId: string
// column link: string
// column next: string
// column nextId: string
// column articleId: string?
//
// Neo4j Browser: run these first (lists of node ids, or of names as stored in Entity.keys:
// lower case, no diacritics).
// Articles and weapon kinds are hubs, not links: a path does not pass through them. Neither do,
// unless viaHubs is true, countries and continents (any two people are two steps apart through
// "Ukraine"), nor organisations named in at least hubShare of the articles (an alliance or bloc
// such as NATO or the EU in a war corpus). The two entities themselves may be hubs. Paths have
// at most 8 steps (a pattern's length cannot be a parameter).
// :param from => ['volodymyr zelenskyy']
// :param to => ['ukraine']
// :param dataset => null
// :param viaHubs => false
// :param hubShare => 0.25
MATCH (from:Entity)
WHERE from.id IN $from OR any(k IN from.keys WHERE k IN $from)
MATCH (to:Entity)
WHERE (to.id IN $to OR any(k IN to.keys WHERE k IN $to)) AND to <> from
CALL () {
  WITH COUNT { (:Article) } AS articles
  OPTIONAL MATCH (hub:Entity)
  WHERE NOT $viaHubs
    AND ((hub:Location AND hub.placeKind IN ['country', 'continent'])
      OR (hub:Organization AND COUNT { (:Article)-[:MENTIONS]->(hub) } >= 3
          AND COUNT { (:Article)-[:MENTIONS]->(hub) } >= $hubShare * articles))
  RETURN collect(elementId(hub)) AS hubs
}
MATCH path = SHORTEST 1 (from)(()-[:SAID|ABOUT|BY|TARGETED|IN_PLACE|USED|HOLDS_ROLE]-(n) WHERE (n = to OR NOT (n:Weapon OR elementId(n) IN hubs)) AND ($dataset IS NULL OR n:Entity OR n.dataset = $dataset)){1,8}(to)
WITH path
ORDER BY length(path)
LIMIT 1
UNWIND range(0, length(path) - 1) AS step
WITH step, nodes(path)[step] AS here, relationships(path)[step] AS link, nodes(path)[step + 1] AS next
RETURN step + 1 AS step,
       CASE
         WHEN here:Quote THEN 'quote "' + here.text + '"'
         WHEN here:Attack THEN 'attack (' + here.type + coalesce(', ' + here.dateText, '') + ')'
         WHEN here:Source THEN here.description
         ELSE here.name
       END AS node,
       here.id AS nodeId,
       CASE WHEN startNode(link) = here THEN '-[' + type(link) + ']->' ELSE '<-[' + type(link) + ']-' END AS link,
       CASE
         WHEN next:Quote THEN 'quote "' + next.text + '"'
         WHEN next:Attack THEN 'attack (' + next.type + coalesce(', ' + next.dateText, '') + ')'
         WHEN next:Source THEN next.description
         ELSE next.name
       END AS next,
       next.id AS nextId,
       coalesce(here.article, next.article, link.articles[0]) AS articleId
ORDER BY step
