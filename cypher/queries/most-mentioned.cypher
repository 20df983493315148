// name: most-mentioned
// description: Entities (names and ids) by the number of articles that name them, with their mentions in all; optionally counting only articles within dates, from one source or of one dataset, and only entities named in at least some articles.
// param type: Person|Organization|Location|Weapon = null — only entities of this type; every type when not given (null)
// param from: date = null — only articles published on this day or later (YYYY-MM-DD); no limit when not given (null)
// param to: date = null — only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null)
// param source: string = null — only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only articles of this dataset (`load --dataset`); all when not given (null)
// param minArticles: integer[1..100000] = null — only entities named in at least this many articles; any when not given (null)
// param limit: integer[1..10000] = 25 — at most this many entities
//
// column entity: string
// column entityId: string
// column type: Person|Organization|Location|Weapon
// column articles: integer
// column mentions: integer
//
// Neo4j Browser: run these first.
// :param type => null
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param minArticles => null
// :param limit => 25
MATCH (a:Article)
WHERE ($dataset IS NULL OR a.dataset = $dataset)
  AND ($from IS NULL OR left(a.publishedAt, 10) >= $from) AND ($to IS NULL OR left(a.publishedAt, 10) <= $to)
  AND ($source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
       OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/'))
MATCH (a)-[m:MENTIONS]->(e:Entity)
WHERE $type IS NULL OR $type IN labels(e)
WITH e, count(DISTINCT a) AS articles, sum(m.count) AS mentions
WHERE $minArticles IS NULL OR articles >= $minArticles
RETURN e.name AS entity,
       e.id AS entityId,
       [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       articles,
       mentions
ORDER BY articles DESC, mentions DESC, entity
LIMIT $limit
