// For each atom (in its node), the places and organisations named by the articles that mention
// it: the context that tells people of one surname apart.
UNWIND $rows AS row
MATCH (e:Entity {id: row.node})<-[m:MENTIONS]-(a:Article)
WHERE coalesce(m.toAtom, e.id) = row.atom
MATCH (a)-[:MENTIONS]->(o:Entity)
WHERE o <> e AND (o:Location OR o:Organization)
RETURN row.atom AS atom, collect(DISTINCT o.id) AS context
