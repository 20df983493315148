// The stored hash and body of each of these publication ids: what the loader skips an unchanged
// input with (the changed ones are then planned with stored-publications).
UNWIND $ids AS id
MATCH (p:Publication {id: id})
RETURN p.id AS id, p.sha256 AS sha256, p.bodyHash AS bodyHash
