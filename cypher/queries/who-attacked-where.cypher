// name: who-attacked-where
// description: Attacks with attacker, target, enclosing place, date (and where it comes from), weapons, casualties and the source article and sentence; with events=true one row per event (the reports of one strike joined), with how many articles and sources report it.
// param attacker: entity = null — only attacks by this attacker (by name, alias, surname or another spelling); all when not given (null)
// param events: boolean = false — one row per event instead of one per report (the article and sentences are the first report's)
// param limit: integer[1..10000] = 100 — at most this many attacks
//
// column attacker: string
// column target: string
// column place: string?
// column date: string?
// column dateText: string?
// column dateSource: text|context|publication?
// column type: string
// column weapons: string[]
// column killed: integer?
// column injured: integer?
// column article: string?
// column articleId: string
// column sentences: string[]
// column event: string?
// column articles: integer
// column sources: integer
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// :param attacker => null
// :param events => false
// :param limit => 100
CALL () {
  MATCH (attack:Attack)-[:BY]->(attacker:Entity)
  WHERE NOT $events AND ($attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker))
  MATCH (attack)-[:TARGETED]->(target:Entity)
  OPTIONAL MATCH (attack)-[:PART_OF]->(event:Event)
  RETURN attack, attacker, target, attack.date AS date, attack.dateText AS dateText,
         attack.dateSource AS dateSource, attack.killed AS killed, attack.injured AS injured,
         [attack] AS reports, event, coalesce(event.articles, 1) AS articles, coalesce(event.sources, 1) AS sources
  UNION ALL
  MATCH (event:Event)-[:BY]->(attacker:Entity)
  WHERE $events AND ($attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker))
  MATCH (event)-[:TARGETED]->(target:Entity)
  WITH event, attacker, target, COLLECT {
    MATCH (r:Attack)-[:PART_OF]->(event)
    MATCH (art:Article {id: r.article})
    RETURN r ORDER BY art.publishedAt IS NULL, art.publishedAt, r.id
  } AS reports
  RETURN reports[0] AS attack, attacker, target, event.date AS date,
         CASE WHEN event.dateTo IS NULL OR event.dateTo = event.date THEN reports[0].dateText
              ELSE event.date + ' to ' + event.dateTo END AS dateText,
         reports[0].dateSource AS dateSource, event.killed AS killed, event.injured AS injured,
         reports, event, event.articles AS articles, event.sources AS sources
}
MATCH (a:Article {id: attack.article})
RETURN attacker.name AS attacker,
       target.name AS target,
       COLLECT { UNWIND reports AS r MATCH (r)-[:IN_PLACE]->(place) RETURN place.name }[0] AS place,
       date,
       dateText,
       dateSource,
       attack.type AS type,
       COLLECT { UNWIND reports AS r MATCH (r)-[:USED]->(w:Weapon) RETURN DISTINCT w.name AS w ORDER BY w } AS weapons,
       killed,
       injured,
       a.title AS article,
       a.id AS articleId,
       COLLECT { MATCH (attack)-[:IN]->(s:Sentence) RETURN s.text ORDER BY s.index } AS sentences,
       event.id AS event,
       articles,
       sources
ORDER BY date IS NULL, date, a.publishedAt, a.id, attack.start, target
LIMIT $limit
