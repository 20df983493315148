// name: who-said-what
// description: Quotes by one speaker, found by name or alias, with article, date, direct or reported speech and medium.
// param speaker: entity[Person|Organization|Location] — the speaker's name; alias, surname, "Mr X", another spelling all work
// param limit: integer[1..10000] = 50 — at most this many quotes
//
// column speaker: string
// column quote: string
// column speech: direct|reported
// column medium: string?
// column cue: string?
// column date: string?
// column article: string?
// column articleId: string
// column sentences: integer[]
//
// Neo4j Browser: run these first. `newsgraph query` looks the name up and passes the entity's
// node ids; in Browser give a list of ids or of names as Entity.keys holds them (lower case,
// no diacritics or punctuation).
// :param speaker => ['zelenskyy']
// :param limit => 50
MATCH (speaker:Entity)-[:SAID]->(q:Quote)
WHERE speaker.id IN $speaker OR any(k IN speaker.keys WHERE k IN $speaker)
MATCH (a:Article {id: q.article})
RETURN speaker.name AS speaker,
       q.text AS quote,
       CASE WHEN q.direct THEN 'direct' ELSE 'reported' END AS speech,
       q.medium AS medium,
       q.cue AS cue,
       a.publishedAt AS date,
       a.title AS article,
       a.id AS articleId,
       COLLECT { MATCH (q)-[:IN]->(s:Sentence) RETURN s.index ORDER BY s.index } AS sentences
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id, q.start
LIMIT $limit
