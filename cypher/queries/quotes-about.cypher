// name: quotes-about
// description: Quotes that name a given entity, with who said them (and their ids) and where; optionally only within dates, from one source or of one dataset.
// param entity: entity — the entity's name; alias, surname, "Mr X", another spelling all work
// param from: date = null — only articles published on this day or later (YYYY-MM-DD); no limit when not given (null)
// param to: date = null — only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null)
// param source: string = null — only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only articles of this dataset (`load --dataset`); all when not given (null)
// param limit: integer[1..10000] = 50 — at most this many quotes
//
// column about: string
// column aboutId: string
// column speaker: string?
// column speakerId: string?
// column quote: string
// column speech: direct|reported
// column publishedAt: string?
// column article: string?
// column articleId: string
// column dataset: string?
//
// Neo4j Browser: run these first (a list of node ids, or of names as stored in Entity.keys:
// lower case, no diacritics).
// speakerId is null for an unnamed source ("a senior diplomat"): it is no entity.
// :param entity => ['kyiv']
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param limit => 50
MATCH (q:Quote)-[:ABOUT]->(about:Entity)
WHERE (about.id IN $entity OR any(k IN about.keys WHERE k IN $entity))
  AND ($dataset IS NULL OR q.dataset = $dataset)
MATCH (a:Article {id: q.article})
WITH DISTINCT q, a, about, left(a.publishedAt, 10) AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
  AND ($source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
       OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/'))
WITH q, a, about, COLLECT { MATCH (s)-[:SAID]->(q) RETURN s }[0] AS speaker
RETURN about.name AS about,
       about.id AS aboutId,
       coalesce(speaker.name, speaker.description) AS speaker,
       CASE WHEN speaker:Entity THEN speaker.id END AS speakerId,
       q.text AS quote,
       CASE WHEN q.direct THEN 'direct' ELSE 'reported' END AS speech,
       a.publishedAt AS publishedAt,
       a.title AS article,
       a.id AS articleId,
       a.dataset AS dataset
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, q.start
LIMIT $limit
