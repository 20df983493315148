/** Parses one line of a `.jsonl` input into the fields of a SourceFile. */
import type { SourceFile } from '../model/article';

/** The fields a record gives; the reader adds path, name and line. */
type JsonlFields = Omit<SourceFile, 'path' | 'name' | 'line'>;

type ParsedRecord =
  { readonly ok: true; readonly record: JsonlFields } | { readonly ok: false; readonly problem: string };

/**
 * Parses a JSON object with `body` or `text` (required, a string), and optional `title`,
 * `date`, `url`, `id` (strings; `id` may be a number). `text` of the result is the title and
 * the body joined by a blank line.
 */
export function parseJsonlRecord(line: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, problem: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problem: `expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`,
    };
  }
  const rec = value as Record<string, unknown>;
  const body = typeof rec.body === 'string' ? rec.body : typeof rec.text === 'string' ? rec.text : undefined;
  if (body === undefined) return { ok: false, problem: 'expected a "body" or "text" string field' };
  const title = str(rec.title)?.trim();
  const id = typeof rec.id === 'number' ? String(rec.id) : str(rec.id);
  // A flat string (see `splitArticles`): `join` rather than a template.
  const text = title ? [title, body].join('\n\n') : body;
  return {
    ok: true,
    record: { text, title: title || undefined, date: str(rec.date), url: str(rec.url), id },
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}
