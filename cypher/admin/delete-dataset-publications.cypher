// Removes the publications of one dataset left without an article (copies waiting to be
// extracted again), after `reset --dataset` removed its articles. Other datasets' stay.
MATCH (p:Publication {dataset: $dataset})
CALL (p) { DETACH DELETE p } IN TRANSACTIONS OF 5000 ROWS
