// Entity nodes whose atoms all moved to other nodes, once nothing points at them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)--()
DELETE e
