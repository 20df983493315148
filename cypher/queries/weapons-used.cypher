// name: weapons-used
// description: Weapons by attacker: in how many attacks each was named, and how many were reported launched and intercepted.
// param attacker: entity = null — only this attacker (by name, alias, surname or another spelling); every attacker when not given (null)
// param limit: integer[1..10000] = 100 — at most this many rows
//
// column attacker: string
// column weapon: string
// column attacks: integer
// column launched: integer?
// column intercepted: integer?
// column articles: integer
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// :param attacker => null
// :param limit => 100
// weaponCounts and intercepted are JSON objects of numbers ({"drone":408}) keyed like the weapon's id
// after "weapon:"; the number for a weapon is read from that text.
MATCH (attack:Attack)-[:BY]->(attacker:Entity)
WHERE $attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker)
MATCH (attack)-[:USED]->(w:Weapon)
WITH attacker, w, attack, '"' + substring(w.id, size('weapon:')) + '":' AS key
WITH attacker, w, attack,
     toInteger(replace(split(split(attack.weaponCounts, key)[1], ',')[0], '}', '')) AS launched,
     toInteger(replace(split(split(coalesce(attack.intercepted, ''), key)[1], ',')[0], '}', '')) AS intercepted
RETURN attacker.name AS attacker,
       w.name AS weapon,
       count(attack) AS attacks,
       CASE WHEN count(launched) > 0 THEN sum(launched) END AS launched,
       CASE WHEN count(intercepted) > 0 THEN sum(intercepted) END AS intercepted,
       count(DISTINCT attack.article) AS articles
ORDER BY attacker, attacks DESC, launched IS NULL, launched DESC, weapon
LIMIT $limit
