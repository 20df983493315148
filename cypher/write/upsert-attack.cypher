// Attacks with attacker, target, enclosing place, weapons, their sentences, and a direct
// (attacker)-[:ATTACKED]->(place) shortcut for exploring in Neo4j Browser.
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentence})
MATCH (by:Entity {id: row.attacker})
MATCH (target:Entity {id: row.target})
MERGE (a:Attack {id: row.id})
SET a.type = row.type, a.date = row.date, a.dateText = row.dateText,
    a.datePrecision = row.datePrecision, a.dateSource = row.dateSource,
    a.killed = row.killed, a.injured = row.injured,
    a.weaponCounts = row.weaponCounts, a.intercepted = row.intercepted,
    a.start = row.start, a.end = row.end, a.rule = row.rule, a.article = row.article,
    a.dataset = row.dataset
MERGE (a)-[:IN]->(s)
MERGE (a)-[:BY]->(by)
MERGE (a)-[:TARGETED]->(target)
MERGE (by)-[r:ATTACKED {attack: row.id}]->(target)
SET r.date = row.date
WITH a, row
CALL (a, row) {
  UNWIND row.moreSentences AS more
  MATCH (other:Sentence {id: more})
  MERGE (a)-[:IN]->(other)
}
CALL (a, row) {
  WITH a, row WHERE row.location IS NOT NULL
  MATCH (place:Entity {id: row.location})
  MERGE (a)-[:IN_PLACE]->(place)
}
CALL (a, row) {
  UNWIND row.weapons AS key
  MATCH (w:Entity {id: key})
  MERGE (a)-[:USED]->(w)
}
