// The stored hash of each article id given, to skip unchanged articles.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256
