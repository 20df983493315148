// Moves the relationships of one atom from its node to the node of its cluster (made when missing),
// stamping each with the atom (toAtom when the entity is the end, fromAtom when the start) unless
// the atom is the new node's own id. Relationship types are copied as they are ($(type(r))).
UNWIND $rows AS row
MATCH (n:Entity {id: row.from})
MERGE (t:Entity {id: row.to})
  ON CREATE SET t.name = row.name, t.aliases = [], t.keys = row.keys
WITH n, t, row
CALL (t, row) {
  WITH t, row WHERE NOT row.type IN labels(t)
  SET t:$(row.type)
}
CALL (n, t, row) {
  MATCH (n)-[r]->(x)
  WHERE x <> n AND coalesce(r.fromAtom, n.id) = row.atom
  CREATE (t)-[moved:$(type(r))]->(x)
  SET moved = properties(r)
  SET moved.fromAtom = CASE WHEN row.atom = row.to THEN null ELSE row.atom END
  DELETE r
}
CALL (n, t, row) {
  MATCH (n)<-[r]-(x)
  WHERE x <> n AND coalesce(r.toAtom, n.id) = row.atom
  CREATE (t)<-[moved:$(type(r))]-(x)
  SET moved = properties(r)
  SET moved.toAtom = CASE WHEN row.atom = row.to THEN null ELSE row.atom END
  DELETE r
}
