// After a bulk import (`newsgraph import`): sets the node properties whose lists neo4j-admin cannot
// write ([] and [''], since an empty array field is no property for it). $label: the node's space,
// $props: {name: list}. One subquery per space, so that each finds its nodes by the id index.
UNWIND $ids AS id
CALL (id) { WITH id WHERE $label = 'Article' MATCH (n:Article {id: id}) SET n += $props }
CALL (id) { WITH id WHERE $label = 'Publication' MATCH (n:Publication {id: id}) SET n += $props }
CALL (id) { WITH id WHERE $label = 'Sentence' MATCH (n:Sentence {id: id}) SET n += $props }
CALL (id) { WITH id WHERE $label = 'Entity' MATCH (n:Entity {id: id}) SET n += $props }
CALL (id) { WITH id WHERE $label = 'Quote' MATCH (n:Quote {id: id}) SET n += $props }
CALL (id) { WITH id WHERE $label = 'Source' MATCH (n:Source {id: id}) SET n += $props }
CALL (id) { WITH id WHERE $label = 'Attack' MATCH (n:Attack {id: id}) SET n += $props }
CALL (id) { WITH id WHERE $label = 'Event' MATCH (n:Event {id: id}) SET n += $props }
