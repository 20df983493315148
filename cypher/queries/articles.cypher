// name: articles
// description: The articles in the graph with their ids (for article-facts) and how many facts each gave.
// param limit: integer[1..100000] = 100 — at most this many articles
//
// column articleId: string
// column title: string?
// column date: string?
// column source: string?
// column quotes: integer
// column attacks: integer
// column entities: integer
//
// Neo4j Browser: run this first.
// :param limit => 100
MATCH (a:Article)
RETURN a.id AS articleId,
       a.title AS title,
       a.publishedAt AS date,
       a.source AS source,
       COUNT { MATCH (a)<-[:IN]-(:Sentence)<-[:IN]-(q:Quote) RETURN DISTINCT q } AS quotes,
       COUNT { MATCH (a)<-[:IN]-(:Sentence)<-[:IN]-(t:Attack) RETURN DISTINCT t } AS attacks,
       COUNT { (a)-[:MENTIONS]->(:Entity) } AS entities
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
LIMIT $limit
