// Removes what earlier loads wrote for these articles (sentences, quotes, attacks, unnamed
// sources, mentions), before the articles are written again. The Article nodes stay.
UNWIND $ids AS id
MATCH (a:Article {id: id})
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
