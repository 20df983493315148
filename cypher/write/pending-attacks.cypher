// The attacks without an event that the event grouping can place (those with an attacker and a
// target), by attacker and day: the load's event pass works their events out in chunks of
// neighbouring attacks.
MATCH (a:Attack)-[:BY]->(by:Entity)
WHERE NOT (a)-[:PART_OF]->(:Event) AND (a)-[:TARGETED]->(:Entity)
RETURN DISTINCT a.id AS id, by.id AS attacker, a.date AS date
ORDER BY attacker, date, id
