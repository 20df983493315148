// Events left without any attack (all their attacks' articles were replaced or removed).
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE NOT (e)<-[:PART_OF]-(:Attack)
DETACH DELETE e
