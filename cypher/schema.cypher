// newsgraph schema: constraints and indexes. Idempotent (IF NOT EXISTS); `newsgraph schema`
// applies it, and `newsgraph load` does so first. Statements end with a semicolon.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE;
CREATE CONSTRAINT attack_id IF NOT EXISTS FOR (a:Attack) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (p:Publication) REQUIRE p.id IS UNIQUE;
CREATE INDEX article_body IF NOT EXISTS FOR (a:Article) ON (a.bodyHash);
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_keys IF NOT EXISTS FOR (e:Entity) ON (e.keys);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX attack_date IF NOT EXISTS FOR (a:Attack) ON (a.date);
CREATE INDEX publication_body IF NOT EXISTS FOR (p:Publication) ON (p.bodyHash);
CREATE POINT INDEX location_point IF NOT EXISTS FOR (l:Location) ON (l.point);
CREATE INDEX article_dataset IF NOT EXISTS FOR (a:Article) ON (a.dataset);
CREATE INDEX publication_dataset IF NOT EXISTS FOR (p:Publication) ON (p.dataset);
CREATE INDEX quote_dataset IF NOT EXISTS FOR (q:Quote) ON (q.dataset);
CREATE INDEX attack_dataset IF NOT EXISTS FOR (a:Attack) ON (a.dataset);
