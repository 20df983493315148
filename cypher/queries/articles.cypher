// name: articles
// description: The articles in the graph with their ids (for article-facts), dataset and how many facts each gave; optionally only within dates, from one source or of one dataset.
// param from: date = null — only articles published on this day or later (YYYY-MM-DD); no limit when not given (null)
// param to: date = null — only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null)
// param source: string = null — only articles from this source: an input file's name (the `source` column), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only articles of this dataset (`load --dataset`); all when not given (null)
// param limit: integer[1..100000] = 100 — at most this many articles
//
// column articleId: string
// column title: string?
// column publishedAt: string?
// column source: string?
// column dataset: string?
// column quotes: integer
// column attacks: integer
// column entities: integer
//
// Neo4j Browser: run these first.
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param limit => 100
MATCH (a:Article)
WHERE ($dataset IS NULL OR a.dataset = $dataset)
  AND ($from IS NULL OR left(a.publishedAt, 10) >= $from) AND ($to IS NULL OR left(a.publishedAt, 10) <= $to)
  AND ($source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
       OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/'))
RETURN a.id AS articleId,
       a.title AS title,
       a.publishedAt AS publishedAt,
       a.source AS source,
       a.dataset AS dataset,
       COUNT { MATCH (a)<-[:IN]-(:Sentence)<-[:IN]-(q:Quote) RETURN DISTINCT q } AS quotes,
       COUNT { MATCH (a)<-[:IN]-(:Sentence)<-[:IN]-(t:Attack) RETURN DISTINCT t } AS attacks,
       COUNT { (a)-[:MENTIONS]->(:Entity) } AS entities
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
LIMIT $limit
