// One node per real thing across all articles, merged on its canonical key. Names and aliases
// from several articles are joined; the fullest name wins.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.type)
SET e.name = CASE WHEN e.name IS NULL OR size(row.name) > size(e.name) THEN row.name ELSE e.name END,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.keys = reduce(acc = coalesce(e.keys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.country = coalesce(row.country, e.country),
    e.countryCode = coalesce(row.countryCode, e.countryCode),
    e.placeKind = coalesce(row.placeKind, e.placeKind),
    e.category = coalesce(row.category, e.category),
    e.precision = CASE WHEN row.latitude IS NULL THEN e.precision ELSE row.precision END,
    e.point = CASE
      WHEN row.latitude IS NULL THEN e.point
      ELSE point({latitude: row.latitude, longitude: row.longitude})
    END
