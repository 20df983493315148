import neo4j from 'neo4j-driver';

type Row = object;

function convert(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(convert);
  return value;
}

/**
 * The driver sends every JavaScript number as a float; counts, offsets and indexes should be
 * Neo4j integers (Browser shows `10`, not `10.0`). Returns the rows with their whole numbers,
 * and lists of them, as integers. Coordinates stay floats (they are not whole numbers, and
 * `point()` takes either).
 */
export function withIntegers(rows: readonly Row[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row)) {
      out[key] = key === 'latitude' || key === 'longitude' ? value : convert(value);
    }
    return out;
  });
}
