// After a bulk import (`newsgraph import`): sets the node properties whose lists neo4j-admin cannot
// write ([] and [''], since an empty array field is no property for it). $props: {name: list}.
UNWIND $ids AS id
MATCH (n:$($label) {id: id})
SET n += $props
