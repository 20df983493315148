// name: bench-articles
// description: Article nodes with their file, title and every string of their list properties (republications' ids or files, where kept), for npm run bench:graph.
MATCH (a:Article)
RETURN a.id AS id,
       a.source AS source,
       a.title AS title,
       reduce(listed = [], k IN keys(a) |
         listed + CASE WHEN valueType(a[k]) STARTS WITH 'LIST<STRING' THEN a[k] ELSE [] END) AS listed
