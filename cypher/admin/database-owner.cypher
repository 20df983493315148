// Who claimed this database (the test suite, the benchmark) and how many nodes it holds in all.
// `count(n)` over all nodes comes from the count store, so this is quick on a large graph.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { OPTIONAL MATCH (o:NewsgraphOwner) RETURN collect(o.owner) AS owners }
RETURN nodes, owners
