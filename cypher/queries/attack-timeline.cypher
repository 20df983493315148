// name: attack-timeline
// description: Attacks per attacker in order of date (undated ones last, in article order), with where the date comes from, target, weapons and toll.
// param attacker: entity = null — only this attacker (by name, alias, surname or another spelling); every attacker when not given (null)
// param limit: integer[1..10000] = 200 — at most this many attacks
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// :param attacker => ['russia']
// :param limit => 200
MATCH (attack:Attack)-[:BY]->(attacker:Entity)
WHERE $attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker)
MATCH (attack)-[:TARGETED]->(target:Entity)
MATCH (a:Article {id: attack.article})
RETURN attacker.name AS attacker,
       attack.date AS date,
       attack.dateText AS dateText,
       attack.dateSource AS dateSource,
       target.name AS target,
       COLLECT { MATCH (attack)-[:IN_PLACE]->(place) RETURN place.name }[0] AS place,
       attack.type AS type,
       COLLECT { MATCH (attack)-[:USED]->(w:Weapon) RETURN w.name ORDER BY w.name } AS weapons,
       attack.killed AS killed,
       attack.injured AS injured,
       a.id AS articleId
ORDER BY attacker, date IS NULL, date, a.publishedAt, a.id, attack.start, target
LIMIT $limit
