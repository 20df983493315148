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
 * "six new long-range missiles"). A weapon that is what the attack destroyed, hit or captured
 * ("destroyed 12 tanks", "the destruction of 30 tanks") is not the attacker's, unless it is one
 * spent when used ("destroyed 40 drones" reports an interception of the attacker's drones).
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
    const at = locate(tokens, m.start);
    const spent = m.category !== undefined && lexicon.weapons.spentCategories.has(m.category);
    if (!spent && lostBefore(tokens, at, lexicon)) continue;
    const name = m.name ?? m.text;
    const key = m.key ?? `weapon:${name}`;
    if (!weapons.includes(name)) {
      weapons.push(name);
      keys.push(key);
    }
    if (m.rule !== 'weapon.generic') continue;
    const kind = lexicon.weapons.kinds.get(m.head ?? name);
    if (kind) kinds.push(kind);
    let k = at - 1;
    while (k >= from && /^(?:new|\p{Ll}+-\p{Ll}+)$/u.test(tokens[k].text)) k--;
    const n = k >= 0 ? parseNumber(tokens[k]) : undefined;
    if (n !== undefined && !/mm$/.test(tokens[k].text)) counts[key.slice('weapon:'.length)] = n;
  }
  return { weapons, keys, counts, kinds };
}

/** Grammar words that may stand between a loss word and the weapon lost ("destroyed at least 12 of its tanks"). */
const LOSS_FILLERS = new Set(
  'a an the its their his her our of at least about some around nearly almost over more than up to and , out'.split(
    ' ',
  ),
);

/**
 * Whether the weapon at token `at` is the object of a loss or target word ("destroyed 12
 * Ukrainian tanks", "the destruction of 579 tanks", "targeted western-supplied tanks"): looking
 * back over numbers, determiners, demonyms and hyphenated adjectives.
 */
function lostBefore(tokens: readonly AttackToken[], at: number, lexicon: Lexicon): boolean {
  const { lossWords } = lexicon.weapons;
  for (let k = at - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const t = tokens[k];
    if (lossWords.has(t.lower)) return true;
    if (LOSS_FILLERS.has(t.lower) || parseNumber(t) !== undefined || /^\d/.test(t.text)) continue;
    if (/-/.test(t.text) || /^\p{Lu}/u.test(t.text)) continue;
    if (lexicon.weapons.modifiers.has(t.lower) || lexicon.weapons.lossFillers.has(t.lower)) continue;
    return false;
  }
  return false;
}

export interface Casualties {
  killed?: number;
  injured?: number;
  /** The killed figure updates an earlier one ("the death toll rose to 23"): it replaces it. */
  update?: boolean;
  /** The figures of these fields add to earlier ones ("four more people", "another two"). */
  more?: { killed?: boolean; injured?: boolean };
}

/** One toll stated in a sentence: a number of people killed or injured, at token `at`. */
export interface Toll {
  readonly field: 'killed' | 'injured';
  readonly n: number;
  /** Token of the death or injury word (or of "toll"). */
  readonly at: number;
  /** First token of the statement (the counted subject when it comes first). */
  readonly from: number;
  readonly update?: boolean;
  /** People beyond those already counted ("four more people", "another two", "a further three"). */
  readonly more?: boolean;
}

/** Whether a counted phrase in tokens `[from, to)` counts people beyond earlier ones ("four more", "another two"). */
function countsMore(tokens: readonly AttackToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if (w === 'another' || w === 'further' || w === 'additional') return true;
    if (w === 'more' && k > from && parseNumber(tokens[k - 1]) !== undefined) return true;
  }
  return false;
}

/** Words before a number that hedge it ("at least 3", "more than 20"). */
const HEDGES = new Set([
  'least',
  'more',
  'than',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'up',
  'to',
  'roughly',
  'approximately',
  'another',
  'further',
  'additional',
  'at',
  'a',
]);
/** Determiners of one person ("a woman", "their father", "the girl’s mother"). */
const ONE = new Set(['a', 'an', 'one', 'the', 'their', 'his', 'her', 'its', 'our', 'my', 'another']);
/** Words between a subject and its death verb ("were reportedly killed", "have also died"). */
const AUX = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'been',
  'being',
  'be',
  'reportedly',
  'also',
  'later',
  'all',
  'each',
  'both',
  'subsequently',
  'allegedly',
  'confirmed',
  'reported',
  'now',
]);
/** Verbs that state a death toll's current figure ("the death toll rose to 23"). */
const TOLL_MOVES =
  /^(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|reaches|grew|stood|stands|is|was|has|had|now|toll)$/;
/** How far after "toll" its figure may stand ("the death toll from Saturday's missile strike on X has risen to 35"). */
const TOLL_WINDOW = 16;
const isPlural = (t: AttackToken | undefined): boolean =>
  !!t &&
  t.word &&
  !t.cap &&
  !t.possessive &&
  /^[a-z]{2,}[^s']s$/.test(t.lower) &&
  !AUX.has(t.lower) &&
  !VERBS_S.test(t.lower);
/** Verb forms in -s that follow a counted subject ("three people dies" never; "kills", "remains"). */
const VERBS_S = /^(?:kills|wounds|injures|remains|stays|lies|says|does|goes|seems|appears)$/;
const STOPS = /^[;:.!?()[\]"“”—–-]$/;
const YEAR = /^(?:19|20)\d\d$/;

interface Count {
  readonly n: number;
  /** Token after the counted phrase. */
  readonly end: number;
}

/**
 * People counted by a noun phrase list starting at token `i`: "at least three people", "five
 * civilians", "a 57-year-old woman and her son", "one serviceman and two guards", "198 civilians,
 * including three children," (the aside does not add), a bare number ("killing 3", "five were
 * injured"). Undefined when the phrase is not a count of people ("two days", "four tanks").
 */
function countPeople(tokens: readonly AttackToken[], i: number, lexicon: Lexicon): Count | undefined {
  const people = lexicon.attacks.tollPeople;
  const isPeople = (t: AttackToken | undefined): boolean =>
    !!t && !t.possessive && (people.has(t.lower) || (t.demonym && /s$/.test(t.lower)));
  let total = 0;
  let k = i;
  for (let first = true; ; first = false) {
    if (!first) {
      // Conjunctions: "and", ",", "along with", "as well as"; an aside ", including …," is skipped.
      const t = tokens[k];
      if (t?.text === ',' && /^(?:including|among|most|many|some|mostly)$/.test(tokens[k + 1]?.lower ?? '')) {
        let j = k + 1;
        while (j < tokens.length && j < k + 12 && tokens[j].text !== ',' && !STOPS.test(tokens[j].text)) j++;
        if (tokens[j]?.text !== ',') return { n: total, end: k };
        k = j + 1;
        continue;
      }
      let j = k;
      if (t?.text === ',') j++;
      if (tokens[j]?.lower === 'and') j++;
      else if (tokens[j]?.lower === 'along' && tokens[j + 1]?.lower === 'with') j += 2;
      else if (tokens[j]?.lower === 'as' && tokens[j + 1]?.lower === 'well' && tokens[j + 2]?.lower === 'as')
        j += 3;
      if (j === k) return { n: total, end: k };
      const more = countOne(j);
      if (!more) return { n: total, end: k };
      total += more.n;
      k = more.end;
      continue;
    }
    const one = countOne(k);
    if (!one) return undefined;
    total += one.n;
    k = one.end;
  }

  function countOne(j: number): Count | undefined {
    const start = j;
    while (HEDGES.has(tokens[j]?.lower ?? '') && j < i + 40) {
      // "a" hedges only "a further", "a total of"; otherwise it is the article of one person.
      if (tokens[j].lower === 'a' && !/^(?:further|total)$/.test(tokens[j + 1]?.lower ?? '')) break;
      j++;
    }
    if (tokens[j]?.lower === 'total' && tokens[j + 1]?.lower === 'of') j += 2;
    const t = tokens[j];
    if (!t) return undefined;
    const n = parseNumber(t);
    if (n !== undefined && !(t.lower === 'one' && !isNumberHead(j))) {
      if (YEAR.test(t.text)) return undefined;
      // Modifiers, then a noun of people: "13 other people", "two Ukrainian soldiers", or of any
      // other plural that is no measure ("53 prisoners", not "two days", "five kilometres").
      for (let m = j + 1; m <= j + 4 && m < tokens.length; m++) {
        if (isPeople(tokens[m])) {
          // A noun of people may modify the head: "two toddler boys", "three police officers".
          while (isPeople(tokens[m + 1]) || isPlural(tokens[m + 1])) m++;
          return { n, end: m + 1 };
        }
        if (isPlural(tokens[m]))
          return lexicon.attacks.measureNouns.has(tokens[m].lower) ? undefined : { n, end: m + 1 };
        if (!tokens[m].word || tokens[m].possessive || AUX.has(tokens[m].lower)) break;
        if (lexicon.attacks.killedRe.test(tokens[m].lower) || lexicon.attacks.injuredRe.test(tokens[m].lower))
          break;
        if (/^(?:and|in|on|at|by|of|after|when|while|as|from|with)$/.test(tokens[m].lower)) break;
      }
      // A bare number: the next token ends the phrase.
      const next = tokens[j + 1];
      if (
        !next ||
        !next.word ||
        AUX.has(next.lower) ||
        /^(?:and|in|on|at|by|after|when|while|as|from|with|more|others?|of)$/.test(next.lower) ||
        lexicon.attacks.killedRe.test(next.lower) ||
        lexicon.attacks.injuredRe.test(next.lower)
      ) {
        if (next?.lower === 'of' && !/^(?:them|whom)$/.test(tokens[j + 2]?.lower ?? '')) return undefined;
        return {
          n,
          end:
            next?.lower === 'of' ||
            next?.lower === 'more' ||
            next?.lower === 'others' ||
            next?.lower === 'other'
              ? j + (next.lower === 'of' ? 3 : 2)
              : j + 1,
        };
      }
      return undefined;
    }
    if (!ONE.has(t.lower)) {
      // "another civilian": a hedge of numbers that is also the determiner of one person.
      if (j === start || !ONE.has(tokens[j - 1].lower)) return undefined;
      j--;
    }
    // A determiner before a count: "her two children", "the 12 passengers", "a dozen people".
    if (parseNumber(tokens[j + 1]) !== undefined) return countOne(j + 1);
    // One person: a determiner, modifiers ("57-year-old", "girl ’s"), a singular noun of people.
    for (let m = j + 1; m <= j + 5 && m < tokens.length; m++) {
      const w = tokens[m];
      // "The governor said three people …": a verb or a number ends the determiner's phrase.
      if (!w.word || parseNumber(w) !== undefined || lexicon.attacks.reportingVerbs.has(w.lower))
        return undefined;
      if (isPeople(w) && tokens[m + 1]?.possessive !== true) {
        while (isPeople(tokens[m + 1]) && tokens[m + 2]?.possessive !== true) m++;
        return /s$/.test(tokens[m].lower) ? undefined : { n: 1, end: m + 1 };
      }
      if (AUX.has(w.lower) || /^(?:and|in|on|at|by|of|after|when|while|as|from|with)$/.test(w.lower))
        return undefined;
    }
    return undefined;
  }

  /** "one" counts when a noun of people or a verb follows, not in "one of the …". */
  function isNumberHead(j: number): boolean {
    return tokens[j + 1]?.lower !== 'of' || /^(?:them|whom)$/.test(tokens[j + 2]?.lower ?? '');
  }
}

/** Whether the words after token `i` make a toll a running total or a rate ("since February", "a day"). */
function isLimited(tokens: readonly AttackToken[], from: number, i: number, lexicon: Lexicon): boolean {
  const { tollLimitRe } = lexicon.attacks;
  let end = i + 1;
  while (end < tokens.length && end < i + 14 && tokens[end].text !== ',' && !STOPS.test(tokens[end].text))
    end++;
  const words = (a: number, b: number): string =>
    tokens
      .slice(a, b)
      .map((t) => t.lower)
      .join(' ');
  for (let k = i + 1; k < end; k++) {
    const m = tollLimitRe.exec(words(k, end));
    if (!m) continue;
    // "a day after the strike" dates the deaths; "a day" alone is a rate.
    const next = tokens[k + m[0].split(' ').length]?.lower ?? '';
    if (!/^(?:after|before|earlier|later|ago)$/.test(next)) return true;
  }
  // A sentence that opens with "Since …": the toll of its main clause is a running total.
  return tokens[0]?.lower === 'since' && from > 0;
}

/**
 * The tolls stated in tokens `[from, to)`: "killing at least three people", "five civilians were
 * killed and 15 injured", "a 57-year-old woman died", "left 25 dead", "the death toll rose to 23"
 * (an update), "recovered three bodies". Ages, years, rates ("100 a day") and running totals
 * ("since the invasion began") are not tolls.
 */
export function findTolls(
  tokens: readonly AttackToken[],
  from: number,
  to: number,
  lexicon: Lexicon,
): Toll[] {
  const { killedRe: KILLED, injuredRe: INJURED } = lexicon.attacks;
  const out: Toll[] = [];
  // `after`: the last token before the words that may limit the toll (its figure's, for "the toll has since risen to 35").
  const add = (toll: Toll, after = toll.at): void => {
    if (toll.n <= 0 || isLimited(tokens, toll.from, after, lexicon)) return;
    out.push(toll);
  };
  for (let i = from; i < to; i++) {
    const w = tokens[i].lower;
    // "the death toll rose to 23", "raising the toll to 12".
    if (w === 'toll' && !tokens[i + 1]?.possessive) {
      for (let j = i + 1; j < Math.min(to, i + TOLL_WINDOW); j++) {
        if (STOPS.test(tokens[j].text) || tokens[j].text === ',') break;
        if (!/^(?:to|at)$/.test(tokens[j].lower) || !TOLL_MOVES.test(tokens[j - 1].lower)) continue;
        const c = countPeople(tokens, j + 1, lexicon);
        if (c) add({ field: 'killed', n: c.n, at: i, from: i, update: true }, c.end - 1);
        break;
      }
      continue;
    }
    // "recovered three bodies".
    if (w === 'bodies') {
      const n = parseNumber(tokens[i - 1]);
      if (n !== undefined && !YEAR.test(tokens[i - 1].text)) add({ field: 'killed', n, at: i, from: i - 1 });
      continue;
    }
    const field = KILLED.test(w) ? 'killed' : INJURED.test(w) ? 'injured' : undefined;
    if (!field) continue;
    // The object after an active verb: "killing at least 3", "killed a girl and her mother".
    if (
      w !== 'dead' &&
      w !== 'died' &&
      w !== 'perished' &&
      w !== 'hurt' &&
      !AUX.has(tokens[i - 1]?.lower ?? '')
    ) {
      const c = countPeople(tokens, i + 1, lexicon);
      if (c && c.end <= to) {
        add({ field, n: c.n, at: i, from: i, ...(countsMore(tokens, i + 1, c.end) ? { more: true } : {}) });
        continue;
      }
    }
    // The subject before: "two civilians were killed", "4 dead", "a woman and her son died",
    // "one man was shot dead".
    let end =
      w === 'dead' && /^(?:shot|gunned|stabbed|beaten|found)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
    while (end > from && AUX.has(tokens[end - 1].lower)) end--;
    let best: { k: number; n: number } | undefined;
    for (let k = end - 1; k >= Math.max(from, end - 16); k--) {
      const t = tokens[k];
      if (STOPS.test(t.text) || KILLED.test(t.lower) || INJURED.test(t.lower)) break;
      const c = countPeople(tokens, k, lexicon);
      if (c && c.end === end) best = { k, n: c.n };
    }
    if (!best) continue;
    // "… were killed along with their father", "… as well as two rescuers".
    let n = best.n;
    const j = tokens[i + 1]?.lower === 'along' ? i + 3 : tokens[i + 1]?.lower === 'as' ? i + 4 : -1;
    if (j > 0 && /^(?:with|as)$/.test(tokens[j - 1]?.lower ?? ''))
      n += countPeople(tokens, j, lexicon)?.n ?? 0;
    add({ field, n, at: i, from: best.k, ...(countsMore(tokens, best.k, end) ? { more: true } : {}) });
  }
  return out;
}

/** People killed and injured stated in tokens `[from, to)` ("killing 3", "five were injured"). */
export function findCasualties(
  tokens: readonly AttackToken[],
  from: number,
  to: number,
  lexicon: Lexicon,
): Casualties {
  return casualtiesOf(findTolls(tokens, from, to, lexicon));
}

/**
 * The first killed and injured figures of some tolls; a "death toll rose to" figure wins, and
 * "N more" adds to the figure before it (or, first, to the attack's).
 */
export function casualtiesOf(tolls: readonly Toll[]): Casualties {
  const out: Casualties = {};
  for (const t of tolls) {
    if (t.field === 'killed' && t.update) {
      out.killed = t.n;
      out.update = true;
      if (out.more) out.more = { ...out.more, killed: false };
    } else if (out[t.field] === undefined) {
      out[t.field] = t.n;
      if (t.more) out.more = { ...out.more, [t.field]: true };
    } else if (t.more) out[t.field] = (out[t.field] ?? 0) + t.n;
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
