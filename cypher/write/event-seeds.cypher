// The attacks whose events must be looked at again: these attacks, the attacks of these articles,
// and the other attacks of the events of either (an event loses the attacks of a replaced
// article), each with its event (to remove the events left without attacks).
CALL () {
  UNWIND $ids AS id
  MATCH (a:Attack {id: id})
  RETURN a
  UNION
  UNWIND $articles AS article
  MATCH (:Article {id: article})<-[:IN]-(:Sentence)<-[:IN]-(a:Attack)
  RETURN a
}
WITH DISTINCT a
CALL (a) {
  OPTIONAL MATCH (a)-[:PART_OF]->(e:Event)
  RETURN a.id AS id, e.id AS event
  UNION
  MATCH (a)-[:PART_OF]->(e:Event)<-[:PART_OF]-(o:Attack)
  RETURN o.id AS id, e.id AS event
}
RETURN DISTINCT id, event
