/**
 * `newsgraph export --neo4j-admin DIR`: the graph of a load's input, built in memory
 * (`buildBulkGraph`), written as the CSV files of `neo4j-admin database import full`
 * (`writeAdminCsv`). No database is needed.
 */
import { buildBulkGraph, type BulkOptions, type BulkSummary } from './build-bulk-graph';
import { writeAdminCsv, type ImportManifest } from './write-admin-csv';

export interface ExportSummary extends BulkSummary {
  readonly nodes: number;
  readonly relationships: number;
  readonly manifest: ImportManifest;
  readonly seconds: number;
}

/** Extracts `paths` and writes the import files into `dir`. */
export async function exportBulk(
  paths: readonly string[],
  dir: string,
  options: BulkOptions = {},
): Promise<ExportSummary> {
  const started = process.hrtime.bigint();
  const { graph, summary } = await buildBulkGraph(paths, options);
  const manifest = writeAdminCsv(graph, dir);
  return {
    ...summary,
    manifest,
    nodes: manifest.nodes.reduce((s, n) => s + n.count, 0),
    relationships: manifest.relationships.reduce((s, r) => s + r.count, 0),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
