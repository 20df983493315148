// name: top-speakers
// description: The most quoted speakers, with their roles, the organizations they hold them in, and how the articles describe them.
// param limit: integer[1..10000] = 20 — at most this many speakers
//
// column speaker: string
// column type: Person|Organization|Location|Weapon
// column quotes: integer
// column direct: integer
// column articles: integer
// column roles: string[]
// column organizations: string[]
// column describedAs: string[]
//
// Neo4j Browser: run this first.
// :param limit => 20
MATCH (speaker:Entity)-[:SAID]->(q:Quote)
WITH speaker,
     count(q) AS quotes,
     sum(CASE WHEN q.direct THEN 1 ELSE 0 END) AS direct,
     count(DISTINCT q.article) AS articles
ORDER BY quotes DESC, articles DESC, speaker.name
LIMIT $limit
RETURN speaker.name AS speaker,
       [label IN labels(speaker) WHERE label <> 'Entity'][0] AS type,
       quotes,
       direct,
       articles,
       COLLECT { MATCH (speaker)-[r:HOLDS_ROLE]->(of) RETURN r.title + ', ' + of.name AS role ORDER BY role } AS roles,
       COLLECT {
         MATCH (speaker)-[:HOLDS_ROLE]->(org:Organization) RETURN DISTINCT org.name AS org ORDER BY org
       } AS organizations,
       COLLECT {
         MATCH (speaker)-[:SAID]->(said:Quote) WHERE said.speakerRole IS NOT NULL
         RETURN DISTINCT said.speakerRole AS described ORDER BY described
       } AS describedAs
ORDER BY quotes DESC, articles DESC, speaker
