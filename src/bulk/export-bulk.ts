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
  /** Seconds writing the CSV files (of `seconds`, the whole export). */
  readonly csvSeconds: number;
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
  const csvStarted = process.hrtime.bigint();
  const manifest = writeAdminCsv(graph, dir);
  const csvSeconds = Number(process.hrtime.bigint() - csvStarted) / 1e9;
  return {
    ...summary,
    manifest,
    nodes: manifest.nodes.reduce((s, n) => s + n.count, 0),
    relationships: manifest.relationships.reduce((s, r) => s + r.count, 0),
    csvSeconds,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
