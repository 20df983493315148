// Removes everything newsgraph wrote, in batches so that a large graph does not need one huge transaction.
MATCH (n)
WHERE n:Article OR n:Sentence OR n:Entity OR n:Quote OR n:Attack OR n:Source OR n:Publication OR n:Event
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
