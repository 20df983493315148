// The events of the attacks of these articles (articles a group replaces, removes or adds copies
// to): their other attacks are left without an event until the load's event pass
// (`pending-attacks`) works their events out again.
UNWIND $articles AS article
MATCH (:Article {id: article})<-[:IN]-(:Sentence)<-[:IN]-(:Attack)-[:PART_OF]->(e:Event)
WITH DISTINCT e
DETACH DELETE e
