// How many nodes `reset` would remove: every node with a label newsgraph writes.
MATCH (n)
WHERE n:Article OR n:Sentence OR n:Entity OR n:Quote OR n:Attack OR n:Source OR n:Publication OR n:Event
RETURN count(n) AS nodes
