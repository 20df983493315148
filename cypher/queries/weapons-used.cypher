// name: weapons-used
// description: Weapons by attacker (names as written, ids and category: missile, drone, artillery, …): in how many attacks each was named, and how many were reported launched and intercepted; optionally only attacks within dates, from one source or of one dataset, and weapons named in at least some articles.
// param attacker: entity = null — only this attacker (by name, alias, surname or another spelling); every attacker when not given (null)
// param from: date = null — only attacks dated on this day or later (YYYY-MM-DD): the event date, else the publication day; no limit when not given (null)
// param to: date = null — only attacks dated on this day or earlier (YYYY-MM-DD), dated the same way; no limit when not given (null)
// param source: string = null — only attacks reported by articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null)
// param dataset: string = null — only attacks of this dataset (`load --dataset`); all when not given (null)
// param minArticles: integer[1..100000] = null — only weapons an attacker was named using in at least this many articles; any when not given (null)
// param category: missile|drone|artillery|rocket|aircraft|bomb|ship|armour|small-arms|other = null — only weapons of this category; every category when not given (null)
// param limit: integer[1..10000] = 100 — at most this many rows
//
// column attacker: string
// column attackerId: string
// column weapon: string
// column weaponId: string
// column category: missile|drone|artillery|rocket|aircraft|bomb|ship|armour|small-arms|other?
// column attacks: integer
// column launched: integer?
// column intercepted: integer?
// column articles: integer
//
// Neo4j Browser: run these first (null, or a list of node ids or of names as stored in
// Entity.keys: lower case, no diacritics).
// :param attacker => null
// :param from => null
// :param to => null
// :param source => null
// :param dataset => null
// :param minArticles => null
// :param category => null
// :param limit => 100
// weaponCounts and intercepted are JSON objects of numbers ({"drone":408}) keyed like the weapon's id
// after "weapon:"; the number for a weapon is read from that text.
MATCH (attack:Attack)-[:BY]->(attacker:Entity)
WHERE ($attacker IS NULL OR attacker.id IN $attacker OR any(k IN attacker.keys WHERE k IN $attacker))
  AND ($dataset IS NULL OR attack.dataset = $dataset)
  AND ($from IS NULL OR attack.date >= left($from, size(attack.date)))
  AND ($to IS NULL OR attack.date <= left($to, size(attack.date)))
  AND ($source IS NULL OR EXISTS {
    MATCH (a:Article {id: attack.article})
    WHERE a.source = $source OR $source IN coalesce(a.publicationSources, [])
      OR any(id IN coalesce(a.publicationIds, [a.id]) WHERE id STARTS WITH $source + '/' OR id CONTAINS '::' + $source + '/')
  })
MATCH (attack)-[:USED]->(w:Weapon)
WHERE $category IS NULL OR w.category = $category
WITH attacker, w, attack, '"' + substring(w.id, size('weapon:')) + '":' AS key
WITH attacker, w, attack,
     toInteger(replace(split(split(attack.weaponCounts, key)[1], ',')[0], '}', '')) AS launched,
     toInteger(replace(split(split(coalesce(attack.intercepted, ''), key)[1], ',')[0], '}', '')) AS intercepted
WITH attacker, w,
     count(attack) AS attacks,
     CASE WHEN count(launched) > 0 THEN sum(launched) END AS launched,
     CASE WHEN count(intercepted) > 0 THEN sum(intercepted) END AS intercepted,
     count(DISTINCT attack.article) AS articles
WHERE $minArticles IS NULL OR articles >= $minArticles
RETURN attacker.name AS attacker,
       attacker.id AS attackerId,
       w.name AS weapon,
       w.id AS weaponId,
       w.category AS category,
       attacks,
       launched,
       intercepted,
       articles
ORDER BY attacker, attacks DESC, launched IS NULL, launched DESC, weapon
LIMIT $limit
