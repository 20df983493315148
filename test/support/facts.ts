/** Hand-made facts for tests of what comes after extraction (rows, the exchange document). */
import type { Attack, Quote } from '../../src/model/fact';

/** A quote of `speaker`, at the start of the article's first sentence unless `more` says otherwise. */
export const quoteFact = (
  speaker: string,
  text: string,
  direct: boolean,
  more: Partial<Quote> = {},
): Quote => ({
  kind: 'quote',
  text,
  direct,
  speaker: { name: speaker },
  about: [],
  start: 0,
  end: 1,
  sentences: [0],
  rule: 'quote.direct.after',
  ...more,
});

/** An air strike of `attacker` on `target`, at the start of the first sentence unless `more` says otherwise. */
export const attackFact = (attacker: string, target: string, more: Partial<Attack> = {}): Attack => ({
  kind: 'attack',
  attacker,
  target,
  type: 'Air/drone strike',
  weapons: [],
  weaponKeys: [],
  weaponCounts: {},
  datePrecision: 'unknown',
  start: 0,
  end: 1,
  sentences: [0],
  rule: 'attack.verb',
  ...more,
});
