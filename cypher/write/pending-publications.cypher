// Copies whose first copy changed: their text is needed again, so the next load extracts them.
UNWIND $ids AS id
MATCH (p:Publication {id: id})
SET p.sha256 = null
