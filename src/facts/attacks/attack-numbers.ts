/**
 * Numbers around an attack: weapons (the entity stage's weapon mentions) and their counts ("408
 * drones and 39 missiles"), people killed and injured, and
 * interceptions ("downed all but 26 drones", "shot down 76 of the 188 drones").
 */
import type { AttackKind } from './attack-cues';
import type { AttackToken } from './attack-tokens';
import type { Lexicon } from '../../lexicon/load-lexicon';
import { locate } from '../../text/locate';
import type { SentenceView } from './attack-sentence';

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const TENS = new Map([
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['dozen', 12],
]);

/** The number a token writes ("1,200", "six", "twenty-five"), or undefined. */
export function parseNumber(t: AttackToken | undefined): number | undefined {
  if (!t) return undefined;
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t.text)) return Number(t.text.replace(/,/g, ''));
  const parts = t.lower.split('-');
  let total = 0;
  for (const p of parts) {
    const u = UNITS.indexOf(p);
    const v = u >= 0 ? u : TENS.get(p);
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

export interface WeaponFacts {
  /** Names of the weapons, in text order, each once. */
  readonly weapons: string[];
  /** Entity keys of `weapons`, in the same order. */
  readonly keys: string[];
  readonly counts: Record<string, number>;
  readonly kinds: AttackKind[];
}

/**
 * The weapons of tokens `[from, to)` of a sentence: the entity stage's weapon mentions there, by
 * name, with the attack kinds they imply and the counts written before them ("408 drones",
 * "six new long-range missiles").
 */
export function findWeapons(view: SentenceView, from: number, to: number): WeaponFacts {
  const { tokens, lexicon } = view;
  const weapons: string[] = [];
  const keys: string[] = [];
  const counts: Record<string, number> = {};
  const kinds: AttackKind[] = [];
  from = Math.max(0, from);
  to = Math.min(to, tokens.length);
  if (from >= to) return { weapons, keys, counts, kinds };
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  for (const m of view.weapons) {
    if (m.start < start || m.end > end) continue;
    const name = m.name ?? m.text;
    if (!weapons.includes(name)) {
      weapons.push(name);
      keys.push(m.key ?? `weapon:${name}`);
    }
    if (m.rule !== 'weapon.generic') continue;
    const kind =
      lexicon.weapons.kinds.get(name) ?? lexicon.weapons.kinds.get(name.slice(name.indexOf(' ') + 1));
    if (kind) kinds.push(kind);
    let k = locate(tokens, m.start) - 1;
    while (k >= from && /^(?:new|\p{Ll}+-\p{Ll}+)$/u.test(tokens[k].text)) k--;
    const n = k >= 0 ? parseNumber(tokens[k]) : undefined;
    if (n !== undefined && !/mm$/.test(tokens[k].text)) counts[name] = n;
  }
  return { weapons, keys, counts, kinds };
}

export interface Casualties {
  killed?: number;
  injured?: number;
}

/** People killed and injured stated in tokens `[from, to)` ("killing 3", "five were injured"). */
export function findCasualties(
  tokens: readonly AttackToken[],
  from: number,
  to: number,
  lexicon: Lexicon,
): Casualties {
  const { killedRe: KILLED, injuredRe: INJURED } = lexicon.attacks;
  const out: Casualties = {};
  for (let i = from; i < to; i++) {
    const w = tokens[i].lower;
    const field = KILLED.test(w) ? 'killed' : INJURED.test(w) ? 'injured' : undefined;
    if (!field || out[field] !== undefined) continue;
    // Number after the verb: "killing at least 3", "killed 4 civilians".
    let j = i + 1;
    if (tokens[j]?.lower === 'at' && tokens[j + 1]?.lower === 'least') j += 2;
    let n = /ing$|^kills$|^killed$|^wounds$/.test(w) ? parseNumber(tokens[j]) : undefined;
    // Number before: "two civilians were killed", "4 dead", "five were injured".
    for (let k = i - 1; n === undefined && k >= Math.max(from, i - 7); k--) {
      if (/^[,.;]$/.test(tokens[k].text) || KILLED.test(tokens[k].lower) || INJURED.test(tokens[k].lower))
        break;
      if (/^\d+mm$/.test(tokens[k].text)) break;
      n = parseNumber(tokens[k]);
    }
    if (n !== undefined && n > 0) out[field] = n;
  }
  return out;
}

export interface Interception {
  readonly weapon: string;
  readonly count?: number;
  /** "all but N": N got through. */
  readonly allBut?: number;
  /** "76 of the 188 drones": the total launched. */
  readonly total?: number;
}

/** Interceptions stated in a sentence ("downed all but 26 drones and 24 of the missiles"). */
export function findInterceptions(tokens: readonly AttackToken[], lexicon: Lexicon): Interception[] {
  const start = tokens.findIndex(
    (t, i) =>
      lexicon.attacks.interceptVerbs.has(t.lower) ||
      (/^(?:shot|shoot|shooting)$/.test(t.lower) && tokens[i + 1]?.lower === 'down'),
  );
  if (start < 0) return [];
  const out: Interception[] = [];
  for (let i = start + 1; i < tokens.length; i++) {
    const entry = lexicon.weapons.words.get(tokens[i].lower);
    if (!entry || entry[1] === 'clash') continue;
    let k = i - 1;
    if (tokens[k]?.lower === 'the') k--;
    let total: number | undefined;
    if (
      parseNumber(tokens[k]) !== undefined &&
      tokens[k - 1]?.lower === 'the' &&
      tokens[k - 2]?.lower === 'of'
    ) {
      total = parseNumber(tokens[k]);
      k -= 3;
    } else if (tokens[k]?.lower === 'of') k--;
    const n = parseNumber(tokens[k]);
    const allBut = tokens[k - 1]?.lower === 'but' && tokens[k - 2]?.lower === 'all' ? n : undefined;
    out.push({ weapon: entry[0], count: allBut === undefined ? n : undefined, allBut, total });
  }
  return out;
}
