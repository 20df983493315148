// The name, aliases, keys and merged atom ids of a cluster's node after the identity pass.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.keys = row.keys,
    e.mergedIds = CASE WHEN size(row.mergedIds) = 0 THEN null ELSE row.mergedIds END
