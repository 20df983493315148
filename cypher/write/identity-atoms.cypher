// The entity nodes the identity pass resolves (people, nodes holding merged atoms, and the ids the
// alias file names), each with the atoms its relationships belong to: the key stamped on a moved
// relationship (toAtom / fromAtom), else the node's own id; and the articles that mention each.
MATCH (n:Entity)
WHERE n:Person OR n.mergedIds IS NOT NULL OR n.id IN $ids
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(x)
  WITH r, x, CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN coalesce(r.fromAtom, n.id) ELSE coalesce(r.toAtom, n.id) END AS atom
  WHERE atom IS NOT NULL
  WITH atom, count(CASE WHEN x:Article THEN 1 END) AS articles
  RETURN collect([atom, articles]) AS atoms
}
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       coalesce(n.keys, []) AS keys,
       coalesce(n.mergedIds, []) AS mergedIds,
       atoms
