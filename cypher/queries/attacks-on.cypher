// name: attacks-on
// description: Attacks on a place, on places inside it (by enclosing place or country), or within a radius in km of it, with names and ids, the target's coordinates, the event date (null when the text gives none) and the publication date; optionally only within dates, from one source or of one dataset.
// param place: entity[Location] — the place's name; any alias, transliteration ("Kharkov") or spelling without diacritics finds it
// param radiusKm: float[0..20000] = 0 — also attacks on places this many km from it (0: none by distance)
// param from: date = null — only attacks dated on this day or later (YYYY-MM-DD): the event date, else the publication day; no limit when not given (null)
// param to: date = null — only attacks dated on this day or earlier (YYYY-MM-DD), dated the same way; no limit when not given (null)
// param source: string = null — only attacks reported by articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only attacks of this dataset (`load --dataset`); all when not given (null)
// param limit: integer[1..10000] = 100 — at most this many attacks
//
// column target: string
// column targetId: string
// column how: string
// column distanceKm: float?
// column place: string?
// column placeId: string?
// column latitude: float?
// column longitude: float?
// column precision: site|city|region|country?
// column attacker: string
// column attackerId: string
// column eventDate: string?
// column datePrecision: day|month|range|unknown
// column dateText: string?
// column dateSource: text|context|publication?
// column publishedAt: string?
// column weapons: string[]
// column weaponIds: string[]
// column killed: integer?
// column article: string?
// column articleId: string
// column dataset: string?
//
// Neo4j Browser: run these first (a list of node ids, or of names as stored in Entity.keys:
// lower case, no diacritics).
// eventDate is the day the text gives (dateSource text or context), null when it gives none;
// datePrecision is its precision (unknown when null). latitude, longitude and precision are the
// target's point, or the enclosing place's when the target has none. weaponIds are the ids of
// weapons, in the same order.
// :param place => ['ukraine']
// :param radiusKm => 0.0
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param limit => 100
MATCH (place:Entity)
WHERE place.id IN $place OR any(k IN place.keys WHERE k IN $place)
WITH collect(place) AS places
MATCH (attack:Attack)-[:TARGETED]->(target:Entity)
WHERE ($dataset IS NULL OR attack.dataset = $dataset)
  AND ($from IS NULL OR attack.date >= left($from, size(attack.date)))
  AND ($to IS NULL OR attack.date <= left($to, size(attack.date)))
WITH attack, target, places,
     COLLECT { MATCH (attack)-[:IN_PLACE]->(p) RETURN p } AS enclosing,
     [p IN places WHERE p.point IS NOT NULL AND target.point IS NOT NULL | point.distance(p.point, target.point)] AS metres
WITH attack, target, enclosing, metres,
     CASE
       WHEN target IN places THEN 'the place'
       WHEN any(p IN enclosing WHERE p IN places) THEN 'inside it'
       WHEN any(p IN places WHERE p.placeKind = 'country' AND target.countryCode = p.countryCode) THEN 'in its country'
       WHEN $radiusKm > 0 AND any(m IN metres WHERE m <= $radiusKm * 1000) THEN 'within the radius'
     END AS how
WHERE how IS NOT NULL
MATCH (attack)-[:BY]->(attacker:Entity)
MATCH (a:Article {id: attack.article})
WHERE $source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
  OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/')
WITH attack, target, enclosing, metres, how, attacker, a, enclosing[0] AS place,
     CASE WHEN attack.dateSource IN ['text', 'context'] THEN attack.date END AS eventDate
WITH attack, target, metres, how, attacker, a, place, eventDate,
     CASE WHEN target.point IS NOT NULL THEN target ELSE place END AS pointed
RETURN target.name AS target,
       target.id AS targetId,
       how,
       CASE WHEN size(metres) > 0 THEN round(reduce(m = metres[0], x IN metres | CASE WHEN x < m THEN x ELSE m END) / 1000.0, 1) END AS distanceKm,
       place.name AS place,
       place.id AS placeId,
       pointed.point.latitude AS latitude,
       pointed.point.longitude AS longitude,
       CASE WHEN pointed.point IS NOT NULL THEN pointed.precision END AS precision,
       attacker.name AS attacker,
       attacker.id AS attackerId,
       eventDate,
       CASE WHEN eventDate IS NULL THEN 'unknown' ELSE attack.datePrecision END AS datePrecision,
       attack.dateText AS dateText,
       attack.dateSource AS dateSource,
       a.publishedAt AS publishedAt,
       COLLECT { MATCH (attack)-[:USED]->(w:Weapon) WITH w ORDER BY w.name, w.id RETURN w.name } AS weapons,
       COLLECT { MATCH (attack)-[:USED]->(w:Weapon) WITH w ORDER BY w.name, w.id RETURN w.id } AS weaponIds,
       attack.killed AS killed,
       a.title AS article,
       a.id AS articleId,
       a.dataset AS dataset
ORDER BY attack.date IS NULL, attack.date, a.id, attack.start, target
LIMIT $limit
