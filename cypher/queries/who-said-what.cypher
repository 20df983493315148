// name: who-said-what
// description: Quotes by one speaker, found by name or alias, with the speaker's id, article, publication date, direct or reported speech and medium; optionally only within dates, from one source or of one dataset.
// param speaker: entity[Person|Organization|Location] — the speaker's name; alias, surname, "Mr X", another spelling all work
// param from: date = null — only articles published on this day or later (YYYY-MM-DD); no limit when not given (null)
// param to: date = null — only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null)
// param source: string = null — only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only articles of this dataset (`load --dataset`); all when not given (null)
// param limit: integer[1..10000] = 50 — at most this many quotes
//
// column speaker: string
// column speakerId: string
// column quote: string
// column speech: direct|reported
// column medium: string?
// column cue: string?
// column publishedAt: string?
// column article: string?
// column articleId: string
// column dataset: string?
// column sentences: integer[]
//
// Neo4j Browser: run these first. `newsgraph query` looks the name up and passes the entity's
// node ids; in Browser give a list of ids or of names as Entity.keys holds them (lower case,
// no diacritics or punctuation).
// :param speaker => ['zelenskyy']
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param limit => 50
MATCH (speaker:Entity)-[:SAID]->(q:Quote)
WHERE (speaker.id IN $speaker OR any(k IN speaker.keys WHERE k IN $speaker))
  AND ($dataset IS NULL OR q.dataset = $dataset)
MATCH (a:Article {id: q.article})
WITH speaker, q, a, left(a.publishedAt, 10) AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
  AND ($source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
       OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/'))
RETURN speaker.name AS speaker,
       speaker.id AS speakerId,
       q.text AS quote,
       CASE WHEN q.direct THEN 'direct' ELSE 'reported' END AS speech,
       q.medium AS medium,
       q.cue AS cue,
       a.publishedAt AS publishedAt,
       a.title AS article,
       a.id AS articleId,
       a.dataset AS dataset,
       COLLECT { MATCH (q)-[:IN]->(s:Sentence) RETURN s.index ORDER BY s.index } AS sentences
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, q.start
LIMIT $limit
