import { formatTable, parseScorerJson, toJson, type Figure, type SetScore } from '../../../tools/eval-table';

const figure = (tp: number, pred: number, gold: number): Figure => {
  const p = pred ? tp / pred : 1;
  const r = gold ? tp / gold : 1;
  return { tp, pred, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const full: SetScore = {
  name: 'full-set',
  articles: 12,
  seconds: 1.25,
  support: { scored: 'all' },
  micro: { entities: figure(8, 10, 10), quotes: figure(3, 4, 4), attacks: figure(1, 2, 2) },
};
const attacksOnly: SetScore = {
  name: 'attack-set',
  articles: 300,
  seconds: 0.5,
  support: { scored: ['attacks', 'attackKilled'], noisy: { attackKilled: 'counts are conventional' } },
  micro: { entities: figure(0, 40, 0), attacks: figure(9, 10, 10), attackKilled: figure(1, 2, 4) },
};

/** The cells of the table row that starts with `label`. */
const row = (table: string, label: string): string[] =>
  (table.split('\n').find((line) => line.split(/\s+/)[0] === label) ?? '').trim().split(/\s+/).slice(1);

describe('eval table', () => {
  const table = formatTable([full, attacksOnly]);

  it('has a column per set and a row per measure, in the scorer order, with F1 in percent', () => {
    expect(row(table, 'F1')).toEqual(['%', 'full-set', 'attack-set']);
    expect(row(table, 'entities')).toEqual(['80.0', '—']);
    expect(row(table, 'quotes')).toEqual(['75.0', '—']);
    expect(row(table, 'attacks')).toEqual(['50.0', '90.0']);
    const labels = table.split('\n').map((line) => line.split(/\s+/)[0]);
    expect(labels.indexOf('entities')).toBeLessThan(labels.indexOf('quotes'));
    expect(labels.indexOf('quotes')).toBeLessThan(labels.indexOf('attackKilled'));
  });

  it('marks what a gold does not support with — and noisy gold in parentheses, and says why', () => {
    expect(row(table, 'attackKilled')).toEqual(['?', '(33.3)']);
    expect(table).toContain("—  the set's gold does not annotate this");
    expect(table).toContain('attack-set attackKilled: counts are conventional');
  });

  it('ends with the articles and seconds of each set', () => {
    expect(row(table, 'articles')).toEqual(['12', '300']);
    expect(row(table, 'seconds')).toEqual(['1.3', '0.5']);
  });

  it('gives a measure the scorer adds its own row', () => {
    const more = formatTable([{ ...full, micro: { ...full.micro, attackInjured: figure(1, 1, 1) } }]);
    expect(row(more, 'attackInjured')).toEqual(['100.0']);
  });

  it('writes every figure as JSON with how to read it', () => {
    const json = toJson([attacksOnly]) as {
      sets: { name: string; measures: Record<string, Figure & { reading: string }> }[];
    };
    expect(json.sets[0].name).toBe('attack-set');
    expect(json.sets[0].measures.attacks).toMatchObject({ tp: 9, pred: 10, gold: 10, reading: 'scored' });
    expect(json.sets[0].measures.entities.reading).toBe('unsupported');
    expect(json.sets[0].measures.attackKilled.reading).toBe('noisy');
  });
});

describe('parseScorerJson', () => {
  it("reads the scorer's micro figures", () => {
    const micro = { quotes: figure(1, 2, 3) };
    expect(parseScorerJson(JSON.stringify({ micro, perFile: {} }))).toEqual(micro);
  });

  it('rejects output that is not the scorer JSON', () => {
    expect(() => parseScorerJson('measure  P  R  F1')).toThrow();
    expect(() => parseScorerJson('{"files": []}')).toThrow(/micro/);
    expect(() => parseScorerJson('{"micro": {"quotes": {"tp": 1}}}')).toThrow(/quotes/);
  });
});
