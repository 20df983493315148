// Every entity with the names a query's name lookup compares (src/queries/resolve-name.ts):
// its name, aliases and keys, the ids merged into it (when identity merging records them), its
// label and the number of articles that mention it.
MATCH (e:Entity)
RETURN e.id AS id,
       e.name AS name,
       coalesce(e.aliases, []) AS aliases,
       coalesce(e.keys, []) AS keys,
       coalesce(e.mergedIds, []) AS mergedIds,
       [label IN labels(e) WHERE label <> 'Entity'][0] AS type,
       COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles
