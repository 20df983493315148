/**
 * Numbers around an attack: weapons and their counts ("408 drones and 39 missiles"), named
 * systems ("FP-5 Flamingo cruise missiles", "(ATACMS)"), people killed and injured, and
 * interceptions ("downed all but 26 drones", "shot down 76 of the 188 drones").
 */
import type { AttackKind } from './attack-cues';
import type { AttackToken } from './attack-tokens';
import type { Lexicon } from '../../lexicon/load-lexicon';

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
  readonly weapons: string[];
  readonly counts: Record<string, number>;
  readonly kinds: AttackKind[];
}

/** Weapons named in tokens `[from, to)`, with counts and named systems. */
export function findWeapons(
  tokens: readonly AttackToken[],
  from: number,
  to: number,
  lexicon: Lexicon,
): WeaponFacts {
  const WEAPONS = lexicon.weapons.attackHeads;
  const weapons: string[] = [];
  const counts: Record<string, number> = {};
  const kinds: AttackKind[] = [];
  const add = (w: string): void => {
    if (!weapons.includes(w)) weapons.push(w);
  };
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const t = tokens[i];
    let entry = WEAPONS.get(t.lower);
    if (t.lower === 'strike' || t.lower === 'strikes')
      entry = tokens[i - 1]?.lower === 'air' ? ['air strike', 'air'] : undefined;
    if (t.lower === 'shelling') entry = ['shelling', 'shelling'];
    if (!entry) continue;
    if (
      (t.lower === 'mine' || t.lower === 'mines') &&
      !/hit|struck|landmine|explod|detonat/.test(tokens[i - 1]?.lower ?? '') &&
      tokens[i - 1]?.lower !== 'a'
    )
      continue;
    let name = entry[0];
    let k = i - 1;
    if (k >= from && lexicon.weapons.attackModifiers.has(tokens[k].lower)) {
      if (tokens[k].lower !== 'guided') name = `${tokens[k].lower} ${name}`;
      k--;
    }
    kinds.push(entry[1]);
    add(name);
    const system = systemAfter(tokens, i + 1) ?? systemBefore(tokens, k, from, lexicon);
    if (system) add(system);
    while (k >= from && /^(?:new|\p{Ll}+-\p{Ll}+|long-range|short-range)$/u.test(tokens[k].text)) k--;
    const n = parseNumber(tokens[k]);
    if (n !== undefined && !/mm$/.test(tokens[k].text)) counts[name] = n;
  }
  return { weapons, counts, kinds };
}

/** Capitalised words just before a weapon word ("FP-5 Flamingo", "Grad", "BM-21 Grad"). */
function systemBefore(
  tokens: readonly AttackToken[],
  k: number,
  from: number,
  lexicon: Lexicon,
): string | undefined {
  let s = k;
  while (s >= from && tokens[s].cap && !tokens[s].demonym && !/-\p{Ll}/u.test(tokens[s].text)) s--;
  if (s === k) return undefined;
  const words = tokens.slice(s + 1, k + 1).map((t) => t.text);
  if (
    words.length > 3 ||
    words.every(
      (w) =>
        lexicon.weapons.attackHeads.has(w.toLowerCase()) ||
        /^(?:Tactical|Army|System|Systems|Missile)$/.test(w),
    )
  )
    return undefined;
  return words.join(' ');
}

/** An acronym in brackets after a weapon phrase ("Army Tactical Missile Systems (ATACMS)"). */
function systemAfter(tokens: readonly AttackToken[], i: number): string | undefined {
  let j = i;
  while (j < tokens.length && tokens[j].cap && j < i + 2) j++;
  if (tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')') return undefined;
  const acronym = tokens[j + 1].text;
  return /^[A-Z][A-Z0-9-]{2,}$/.test(acronym) ? acronym : undefined;
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
    const entry = lexicon.weapons.attackHeads.get(tokens[i].lower);
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
