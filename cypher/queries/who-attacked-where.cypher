// name: who-attacked-where
// description: Attacks with attacker, target, enclosing place, date (and where it comes from), weapons, casualties and the source article and sentence.
// param attacker: entity = null — only attacks by this attacker (by name, alias, surname or another spelling); all when not given (null)
// param limit: integer[1..10000] = 100 — at most this many attacks
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// :param attacker => null
// :param limit => 100
MATCH (attack:Attack)-[:BY]->(attacker:Entity)
WHERE $attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker)
MATCH (attack)-[:TARGETED]->(target:Entity)
MATCH (a:Article {id: attack.article})
RETURN attacker.name AS attacker,
       target.name AS target,
       COLLECT { MATCH (attack)-[:IN_PLACE]->(place) RETURN place.name }[0] AS place,
       attack.date AS date,
       attack.dateText AS dateText,
       attack.dateSource AS dateSource,
       attack.type AS type,
       COLLECT { MATCH (attack)-[:USED]->(w:Weapon) RETURN w.name ORDER BY w.name } AS weapons,
       attack.killed AS killed,
       attack.injured AS injured,
       a.title AS article,
       a.id AS articleId,
       COLLECT { MATCH (attack)-[:IN]->(s:Sentence) RETURN s.text ORDER BY s.index } AS sentences
ORDER BY attack.date IS NULL, attack.date, a.publishedAt, a.id, attack.start, target
LIMIT $limit
