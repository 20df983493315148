// The next $limit articles of one dataset (`reset --dataset`), removed a batch at a time.
MATCH (a:Article {dataset: $dataset})
RETURN a.id AS id
ORDER BY id
LIMIT $limit
