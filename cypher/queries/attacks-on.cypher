// name: attacks-on
// description: Attacks on a place, on places inside it (by enclosing place or country), or within a radius in km of it.
// param place: entity[Location] — the place's name; any alias, transliteration ("Kharkov") or spelling without diacritics finds it
// param radiusKm: float[0..20000] = 0 — also attacks on places this many km from it (0: none by distance)
// param limit: integer[1..10000] = 100 — at most this many attacks
//
// column target: string
// column how: string
// column distanceKm: float?
// column place: string?
// column attacker: string
// column date: string?
// column dateText: string?
// column dateSource: text|context|publication?
// column weapons: string[]
// column killed: integer?
// column article: string?
// column articleId: string
//
// Neo4j Browser: run these first (a list of node ids, or of names as stored in Entity.keys:
// lower case, no diacritics).
// :param place => ['ukraine']
// :param radiusKm => 0.0
// :param limit => 100
MATCH (place:Entity)
WHERE place.id IN $place OR any(k IN place.keys WHERE k IN $place)
WITH collect(place) AS places
MATCH (attack:Attack)-[:TARGETED]->(target:Entity)
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
RETURN target.name AS target,
       how,
       CASE WHEN size(metres) > 0 THEN round(reduce(m = metres[0], x IN metres | CASE WHEN x < m THEN x ELSE m END) / 1000.0, 1) END AS distanceKm,
       [p IN enclosing | p.name][0] AS place,
       attacker.name AS attacker,
       attack.date AS date,
       attack.dateText AS dateText,
       attack.dateSource AS dateSource,
       COLLECT { MATCH (attack)-[:USED]->(w:Weapon) RETURN w.name ORDER BY w.name } AS weapons,
       attack.killed AS killed,
       a.title AS article,
       a.id AS articleId
ORDER BY attack.date IS NULL, attack.date, a.id, attack.start, target
LIMIT $limit
