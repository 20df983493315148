/**
 * The figures of `npm run eval`: what the shared scorer reports per set (its `--json` output),
 * which of them a set's gold supports, and the one table (sets as columns, measures as rows)
 * or JSON document that eval prints.
 */

/** The measures the scorer prints, in its order. */
export const MEASURES = [
  'entities',
  'entitiesTyped',
  'quotes',
  'quotesAttributed',
  'directQuotes',
  'directQuotesAttributed',
  'attacks',
  'attackDates',
  'attackKilled',
] as const;
export type Measure = (typeof MEASURES)[number];

/** One measure of the scorer: true positives, predictions, gold, precision, recall, F1. */
export interface Figure {
  readonly tp: number;
  readonly pred: number;
  readonly gold: number;
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

/**
 * How to read a measure on a set: `scored`, a real figure; `unsupported`, the gold has no
 * annotations of this kind, so the figure only counts predictions as false positives; `noisy`,
 * the gold has them but they do not follow from the text (shown, not to be tuned to).
 */
export type Reading = 'scored' | 'unsupported' | 'noisy';

/** What a set's gold supports (see DATASETS.md of the shared eval folder). */
export interface GoldSupport {
  /** The measures the gold supports; `all` for complete annotation. */
  readonly scored: 'all' | readonly Measure[];
  /** Supported measures whose gold is known to be noisy, with the reason. */
  readonly noisy?: Readonly<Partial<Record<Measure, string>>>;
}

/** The scored run of one set. */
export interface SetScore {
  readonly name: string;
  readonly articles: number;
  readonly seconds: number;
  readonly support: GoldSupport;
  /** The scorer's micro-averaged figures, by measure name. */
  readonly micro: Readonly<Record<string, Figure>>;
}

/** How to read `measure` on a set with this support. */
export function readingOf(support: GoldSupport, measure: string): Reading {
  const scored = support.scored === 'all' || (support.scored as readonly string[]).includes(measure);
  if (!scored) return 'unsupported';
  return support.noisy !== undefined && measure in support.noisy ? 'noisy' : 'scored';
}

const isFigure = (value: unknown): value is Figure =>
  typeof value === 'object' &&
  value !== null &&
  ['tp', 'pred', 'gold', 'p', 'r', 'f1'].every(
    (k) => typeof (value as Record<string, unknown>)[k] === 'number',
  );

/** The micro figures of the scorer's `--json` output; throws on anything else. */
export function parseScorerJson(stdout: string): Record<string, Figure> {
  const doc: unknown = JSON.parse(stdout);
  const micro = typeof doc === 'object' && doc !== null ? (doc as { micro?: unknown }).micro : undefined;
  if (typeof micro !== 'object' || micro === null) throw new Error('scorer output has no "micro" object');
  const out: Record<string, Figure> = {};
  for (const [name, figure] of Object.entries(micro)) {
    if (!isFigure(figure))
      throw new Error(`scorer output: measure '${name}' is not {tp, pred, gold, p, r, f1}`);
    out[name] = figure;
  }
  return out;
}

/** The rows of the table: the known measures in the scorer's order, then any others it printed. */
function measureNames(scores: readonly SetScore[]): string[] {
  const names: string[] = [...MEASURES];
  for (const s of scores)
    for (const name of Object.keys(s.micro)) if (!names.includes(name)) names.push(name);
  return names;
}

const percent = (x: number): string => (100 * x).toFixed(1);

/** One cell: F1 in percent; `—` where the gold does not support the measure; `(F1)` where it is noisy. */
function cell(score: SetScore, measure: string): string {
  const figure = score.micro[measure];
  const reading = readingOf(score.support, measure);
  if (reading === 'unsupported') return '—';
  if (figure === undefined) return '?';
  return reading === 'noisy' ? `(${percent(figure.f1)})` : percent(figure.f1);
}

/**
 * The table eval prints: one column per set, one row per measure (F1 in percent), then the
 * articles and seconds of each set, then what the marks mean.
 */
export function formatTable(scores: readonly SetScore[]): string {
  const rows: string[][] = [
    ['F1 %', ...scores.map((s) => s.name)],
    ...measureNames(scores).map((m) => [m, ...scores.map((s) => cell(s, m))]),
    ['articles', ...scores.map((s) => String(s.articles))],
    ['seconds', ...scores.map((s) => s.seconds.toFixed(1))],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    r.map((text, c) => (c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join('  '),
  );
  const notes: string[] = [];
  if (scores.some((s) => measureNames(scores).some((m) => readingOf(s.support, m) === 'unsupported')))
    notes.push("—  the set's gold does not annotate this (the figure would only count false positives)");
  for (const s of scores) {
    for (const [measure, why] of Object.entries(s.support.noisy ?? {}))
      notes.push(`(…) ${s.name} ${measure}: ${why}`);
  }
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

/** The per-set details of `--verbose`: precision, recall, F1 and tp/pred/gold per measure. */
export function formatDetails(score: SetScore): string {
  const names = measureNames([score]);
  const width = Math.max(...names.map((n) => n.length));
  const lines = [`${'measure'.padEnd(width)}       P       R      F1   tp/pred/gold`];
  for (const name of names) {
    const f = score.micro[name];
    if (f === undefined) continue;
    const mark = { scored: '', unsupported: '  (not in gold)', noisy: '  (noisy gold)' }[
      readingOf(score.support, name)
    ];
    lines.push(
      `${name.padEnd(width)}  ${[f.p, f.r, f.f1].map((x) => percent(x).padStart(6)).join('  ')}   ${f.tp}/${f.pred}/${f.gold}${mark}`,
    );
  }
  return lines.join('\n');
}

/** The figures as one JSON document: per set, every measure with how to read it. */
export function toJson(scores: readonly SetScore[]): object {
  return {
    sets: scores.map((s) => ({
      name: s.name,
      articles: s.articles,
      seconds: s.seconds,
      measures: Object.fromEntries(
        measureNames([s])
          .filter((m) => s.micro[m] !== undefined)
          .map((m) => [m, { ...s.micro[m], reading: readingOf(s.support, m) }]),
      ),
    })),
  };
}
