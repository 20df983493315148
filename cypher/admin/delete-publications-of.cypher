// Removes the publications (copies) of these articles, in the transaction that removes the
// articles: a copy left without its article would be skipped as unchanged by the next load.
UNWIND $ids AS id
MATCH (p:Publication)-[:OF]->(:Article {id: id})
DETACH DELETE p
