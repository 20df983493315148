// The attacks the event grouping reads: those with one of $ids, and those of each window's
// attacker dated within it ({attacker, lo, hi}: ISO days). With each: its target and what
// contains it (enclosing place, the target's country), its date, its dataset and its event's attacks.
CALL () {
  UNWIND $ids AS id
  MATCH (a:Attack {id: id})
  RETURN a
  UNION
  UNWIND $windows AS w
  MATCH (a:Attack)
  WHERE a.date >= w.lo AND a.date <= w.hi
  MATCH (a)-[:BY]->(:Entity {id: w.attacker})
  RETURN a
}
MATCH (a)-[:BY]->(by:Entity)
MATCH (a)-[:TARGETED]->(target:Entity)
RETURN a.id AS id, a.dataset AS dataset, by.id AS attacker, target.id AS target, target.placeKind AS targetKind,
       COLLECT { MATCH (a)-[:IN_PLACE]->(p) RETURN p.id } +
         CASE WHEN target.countryCode IS NULL OR target.placeKind = 'country' THEN []
              ELSE ['location:' + toLower(target.countryCode)] END AS containers,
       a.date AS date, a.datePrecision AS precision,
       COLLECT { MATCH (a)-[:PART_OF]->(e:Event) RETURN e.id }[0] AS event,
       COLLECT { MATCH (a)-[:PART_OF]->(:Event)<-[:PART_OF]-(o:Attack) RETURN o.id } AS eventAttacks
