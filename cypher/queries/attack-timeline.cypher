// name: attack-timeline
// description: Attacks per attacker in order of date (the event date, else the publication day; undated ones last, in article order), with the event date (null when the text gives none), its precision and where it comes from, the publication date, target and place (names, ids and coordinates), weapons and toll; with events=true one row per event (the reports of one strike joined), with how many articles and sources report it; optionally only within dates, from one source, of one dataset, or reported by at least some articles.
// param attacker: entity = null — only this attacker (by name, alias, surname or another spelling); every attacker when not given (null)
// param events: boolean = false — one row per event instead of one per report (the article is the first report's)
// param from: date = null — only attacks dated on this day or later (YYYY-MM-DD): the event date, else the publication day; no limit when not given (null)
// param to: date = null — only attacks dated on this day or earlier (YYYY-MM-DD), dated the same way; no limit when not given (null)
// param source: string = null — only attacks reported by articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only attacks of this dataset (`load --dataset`); all when not given (null)
// param minArticles: integer[1..100000] = null — only attacks whose event is reported by at least this many articles; any when not given (null)
// param limit: integer[1..10000] = 200 — at most this many attacks
//
// column attacker: string
// column attackerId: string
// column eventDate: string?
// column datePrecision: day|month|range|unknown
// column dateText: string?
// column dateSource: text|context|publication?
// column publishedAt: string?
// column target: string
// column targetId: string
// column place: string?
// column placeId: string?
// column latitude: float?
// column longitude: float?
// column precision: site|city|region|country?
// column type: string
// column weapons: string[]
// column weaponIds: string[]
// column killed: integer?
// column injured: integer?
// column articleId: string
// column dataset: string?
// column event: string?
// column articles: integer
// column sources: integer
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// eventDate is the day the text gives (dateSource text or context), null when it gives none:
// the publication date is never put in its place but is its own column, publishedAt.
// datePrecision is the event date's (day, month, range; unknown when null). latitude, longitude
// and precision are the target's point, or the enclosing place's when the target has none.
// weaponIds are the ids of weapons, in the same order.
// :param attacker => ['russia']
// :param events => false
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param minArticles => null
// :param limit => 200
CALL () {
  MATCH (attack:Attack)-[:BY]->(attacker:Entity)
  WHERE NOT $events AND ($attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker))
    AND ($dataset IS NULL OR attack.dataset = $dataset)
    AND ($from IS NULL OR attack.date >= left($from, size(attack.date)))
    AND ($to IS NULL OR attack.date <= left($to, size(attack.date)))
  MATCH (attack)-[:TARGETED]->(target:Entity)
  MATCH (a:Article {id: attack.article})
  WHERE $source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
    OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/')
  OPTIONAL MATCH (attack)-[:PART_OF]->(event:Event)
  WITH attack, attacker, target, a, event
  WHERE $minArticles IS NULL OR coalesce(event.articles, 1) >= $minArticles
  WITH attack, attacker, target, a, event,
       CASE WHEN attack.dateSource IN ['text', 'context'] THEN attack.date END AS eventDate
  RETURN attack, attacker, target, a, eventDate,
         CASE WHEN eventDate IS NULL THEN 'unknown' ELSE attack.datePrecision END AS datePrecision,
         attack.dateText AS dateText, attack.dateSource AS dateSource, attack.killed AS killed, attack.injured AS injured,
         [attack] AS reports, event, coalesce(event.articles, 1) AS articles, coalesce(event.sources, 1) AS sources
  UNION ALL
  MATCH (event:Event)-[:BY]->(attacker:Entity)
  WHERE $events AND ($attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker))
    AND ($dataset IS NULL OR event.dataset = $dataset)
    AND ($from IS NULL OR coalesce(event.dateTo, event.date) >= $from)
    AND ($to IS NULL OR event.date <= $to)
    AND ($minArticles IS NULL OR event.articles >= $minArticles)
  MATCH (event)-[:TARGETED]->(target:Entity)
  WITH event, attacker, target, COLLECT {
    MATCH (r:Attack)-[:PART_OF]->(event)
    MATCH (art:Article {id: r.article})
    RETURN r ORDER BY art.publishedAt IS NULL, art.publishedAt, r.id
  } AS reports
  WHERE $source IS NULL OR any(r IN reports WHERE EXISTS {
    MATCH (art:Article {id: r.article})
    WHERE art.source = $source OR $source IN coalesce(art.publicationSources, [])
      OR any(id IN coalesce(art.publicationIds, [art.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/')
  })
  WITH event, attacker, target, reports,
       [r IN reports WHERE r.dateSource IN ['text', 'context'] AND r.date IS NOT NULL] AS dated
  WITH event, attacker, target, reports, dated,
       reduce(m = null, r IN dated | CASE WHEN m IS NULL OR r.date < m THEN r.date ELSE m END) AS eventDate,
       reduce(m = null, r IN dated | CASE WHEN m IS NULL OR r.date > m THEN r.date ELSE m END) AS lastDate
  MATCH (a:Article {id: reports[0].article})
  RETURN reports[0] AS attack, attacker, target, a, eventDate,
         CASE WHEN eventDate IS NULL THEN 'unknown' WHEN lastDate <> eventDate THEN 'range' ELSE dated[0].datePrecision END AS datePrecision,
         CASE WHEN eventDate IS NULL OR lastDate = eventDate THEN coalesce(dated[0].dateText, reports[0].dateText)
              ELSE eventDate + ' to ' + lastDate END AS dateText,
         coalesce(dated[0].dateSource, reports[0].dateSource) AS dateSource, event.killed AS killed, event.injured AS injured,
         reports, event, event.articles AS articles, event.sources AS sources
}
WITH attack, attacker, target, a, eventDate, datePrecision, dateText, dateSource, killed, injured, reports, event, articles, sources,
     COLLECT { UNWIND reports AS r MATCH (r)-[:IN_PLACE]->(place) RETURN place }[0] AS place
WITH attack, attacker, target, a, eventDate, datePrecision, dateText, dateSource, killed, injured, reports, event, articles, sources, place,
     CASE WHEN target.point IS NOT NULL THEN target ELSE place END AS pointed,
     coalesce(eventDate, left(a.publishedAt, 10)) AS day
RETURN attacker.name AS attacker,
       attacker.id AS attackerId,
       eventDate,
       datePrecision,
       dateText,
       dateSource,
       a.publishedAt AS publishedAt,
       target.name AS target,
       target.id AS targetId,
       place.name AS place,
       place.id AS placeId,
       pointed.point.latitude AS latitude,
       pointed.point.longitude AS longitude,
       CASE WHEN pointed.point IS NOT NULL THEN pointed.precision END AS precision,
       attack.type AS type,
       COLLECT { UNWIND reports AS r MATCH (r)-[:USED]->(w:Weapon) WITH DISTINCT w ORDER BY w.name, w.id RETURN w.name } AS weapons,
       COLLECT { UNWIND reports AS r MATCH (r)-[:USED]->(w:Weapon) WITH DISTINCT w ORDER BY w.name, w.id RETURN w.id } AS weaponIds,
       killed,
       injured,
       a.id AS articleId,
       a.dataset AS dataset,
       event.id AS event,
       articles,
       sources
ORDER BY attacker, day IS NULL, day, a.publishedAt, a.id, attack.start, target
LIMIT $limit
