// Removes what earlier loads wrote for these articles (sentences, quotes, attacks, unnamed
// sources, mentions, and the article from the roles it gave; a role no article gives any more
// goes), before the articles are written again or removed. The Article nodes stay.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:MENTIONS]->(:Person)-[r:HOLDS_ROLE]->()
  WHERE a.id IN r.articles
  SET r.articles = [x IN r.articles WHERE x <> a.id]
  WITH r
  WHERE size(r.articles) = 0
  DELETE r
}
OPTIONAL MATCH (a)-[m:MENTIONS]->(:Entity)
DELETE m
WITH DISTINCT a
OPTIONAL MATCH (a)<-[:IN]-(s:Sentence)
OPTIONAL MATCH (s)<-[:IN]-(fact)
WHERE fact:Quote OR fact:Attack
OPTIONAL MATCH (fact)<-[:SAID]-(source:Source)
OPTIONAL MATCH (fact)-[:BY]->(attacker)-[attacked:ATTACKED {attack: fact.id}]->()
DELETE attacked
DETACH DELETE source, fact, s
