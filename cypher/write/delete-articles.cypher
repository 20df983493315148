// Removes these Article nodes (their facts were removed before with delete-article-facts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
