// Marks this database as belonging to $owner, which may then reset it. Idempotent.
MERGE (o:NewsgraphOwner {owner: $owner})
ON CREATE SET o.claimedAt = datetime()
RETURN o.owner AS owner
