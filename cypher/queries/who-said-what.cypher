// name: who-said-what
// description: Quotes by one speaker, found by name or alias, with article, date, direct or reported speech and medium.
// param speaker: name — the speaker's name or an alias; case, diacritics and punctuation do not matter
// param limit: integer[1..10000] = 50 — at most this many quotes
//
// Neo4j Browser: run these first. A name is given as it is stored in Entity.keys (lower case,
// no diacritics or punctuation); `newsgraph query` folds it for you.
// :param speaker => 'zelenskyy'
// :param limit => 50
MATCH (speaker:Entity)-[:SAID]->(q:Quote)
WHERE $speaker IN speaker.keys
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
