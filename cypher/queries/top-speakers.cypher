// name: top-speakers
// description: The most quoted speakers (with their ids), their roles, the organizations they hold them in, and how the articles describe them; optionally counting only quotes within dates, from one source or of one dataset, and only speakers quoted in at least some articles.
// param from: date = null — only quotes of articles published on this day or later (YYYY-MM-DD); no limit when not given (null)
// param to: date = null — only quotes of articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null)
// param source: string = null — only quotes of articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only quotes of this dataset (`load --dataset`); all when not given (null)
// param minArticles: integer[1..100000] = null — only speakers quoted in at least this many articles; any when not given (null)
// param limit: integer[1..10000] = 20 — at most this many speakers
//
// column speaker: string
// column speakerId: string
// column type: Person|Organization|Location|Weapon
// column quotes: integer
// column direct: integer
// column articles: integer
// column roles: string[]
// column organizations: string[]
// column organizationIds: string[]
// column describedAs: string[]
//
// Neo4j Browser: run these first. organizationIds are the ids of organizations, in the same order.
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param minArticles => null
// :param limit => 20
MATCH (speaker:Entity)-[:SAID]->(q:Quote)
WHERE $dataset IS NULL OR q.dataset = $dataset
CALL (q) {
  MATCH (a:Article {id: q.article})
  RETURN a, left(a.publishedAt, 10) AS day
}
WITH speaker, q, a, day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
  AND ($source IS NULL OR a.source = $source OR $source IN coalesce(a.publicationSources, [])
       OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/'))
WITH speaker,
     count(q) AS quotes,
     sum(CASE WHEN q.direct THEN 1 ELSE 0 END) AS direct,
     count(DISTINCT q.article) AS articles,
     collect(q) AS said
WHERE $minArticles IS NULL OR articles >= $minArticles
ORDER BY quotes DESC, articles DESC, speaker.name
LIMIT $limit
RETURN speaker.name AS speaker,
       speaker.id AS speakerId,
       [label IN labels(speaker) WHERE label <> 'Entity'][0] AS type,
       quotes,
       direct,
       articles,
       COLLECT { MATCH (speaker)-[r:HOLDS_ROLE]->(of) RETURN r.title + ', ' + of.name AS role ORDER BY role } AS roles,
       COLLECT {
         MATCH (speaker)-[:HOLDS_ROLE]->(org:Organization)
         WITH DISTINCT org ORDER BY org.name, org.id
         RETURN org.name
       } AS organizations,
       COLLECT {
         MATCH (speaker)-[:HOLDS_ROLE]->(org:Organization)
         WITH DISTINCT org ORDER BY org.name, org.id
         RETURN org.id
       } AS organizationIds,
       COLLECT {
         UNWIND said AS s
         WITH s WHERE s.speakerRole IS NOT NULL
         RETURN DISTINCT s.speakerRole AS described ORDER BY described
       } AS describedAs
ORDER BY quotes DESC, articles DESC, speaker
