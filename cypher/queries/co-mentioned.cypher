// name: co-mentioned
// description: Pairs of entities (names and ids) named in the same sentences, with the number of such sentences and articles; optionally counting only articles within dates, from one source or of one dataset, and only pairs named together in at least some articles.
// param entity: entity = null — only pairs with this entity (looked up like who-said-what's speaker); all pairs when not given (null)
// param from: date = null — only articles published on this day or later (YYYY-MM-DD); no limit when not given (null)
// param to: date = null — only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null)
// param source: string = null — only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only articles of this dataset (`load --dataset`); all when not given (null)
// param minArticles: integer[1..100000] = null — only pairs named together in at least this many articles; any when not given (null)
// param limit: integer[1..10000] = 25 — at most this many pairs
//
// column entity: string
// column entityId: string
// column other: string
// column otherId: string
// column sentences: integer
// column articles: integer
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// :param entity => null
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param minArticles => null
// :param limit => 25
MATCH (a:Article)-[m1:MENTIONS]->(e1:Entity)
WHERE ($entity IS NULL OR e1.id IN $entity OR any(k IN e1.keys WHERE k IN $entity))
  AND ($dataset IS NULL OR a.dataset = $dataset)
  AND ($from IS NULL OR left(a.publishedAt, 10) >= $from) AND ($to IS NULL OR left(a.publishedAt, 10) <= $to)
  AND ($source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
       OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/'))
MATCH (a)-[m2:MENTIONS]->(e2:Entity)
WHERE CASE WHEN $entity IS NULL THEN e1.id < e2.id ELSE NOT (e2.id IN $entity OR any(k IN e2.keys WHERE k IN $entity)) END
WITH e1, e2, a, [i IN m1.sentences WHERE i IN m2.sentences] AS shared
WHERE size(shared) > 0
WITH e1, e2, sum(size(shared)) AS sentences, count(a) AS articles
WHERE $minArticles IS NULL OR articles >= $minArticles
RETURN e1.name AS entity,
       e1.id AS entityId,
       e2.name AS other,
       e2.id AS otherId,
       sentences,
       articles
ORDER BY sentences DESC, articles DESC, entity, other
LIMIT $limit
