/**
 * Splits one run of capitalised words ("US Secretary of State Antony Blinken") into typed parts:
 * organisations by their head word ("… Ministry of Defence", "… University"), places by a suffix
 * ("… River", "… County", "… Plant"), titles that introduce a person, and names from the lexicons
 * and the gazetteer; what is left is a personal name (two or more words, or any words after a
 * title) or a lone word kept as tentative.
 */
import type { Role } from '../model/entity';
import type { LexiconHit } from './lexicon';
import { laterNameWords, lookupName } from './lexicon';
import { normaliseName } from './normalise-name';
import { startsLonger, tokenHit, type ScannedToken } from './scan-tokens';
import type { Lexicon } from '../lexicon/load-lexicon';

export type PartKind =
  'organization' | 'place' | 'country' | 'demonym' | 'weapon' | 'person' | 'title' | 'single';

/** A typed part of a run: tokens [from, to) of the run. */
export interface Part {
  readonly kind: PartKind;
  readonly from: number;
  readonly to: number;
  readonly rule: string;
  readonly hit?: LexiconHit;
  /** For places found by a suffix word: the kind of place ("river", "region", "facility"). */
  readonly placeKind?: string;
  readonly role?: Role;
}

/** Lower-case particles inside a personal name ("Bill de Blasio", "Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de du da di del van von der den la le bin ibn al'.split(' '),
);

export const CONNECTORS = new Set(['of', 'for', 'and', 'the', ...NAME_PARTICLES, 'on', '&']);
const MAX_LOOKUP_WORDS = 5;

/** A lexicon or gazetteer name over `len` tokens of a run. */
interface Longest {
  readonly len: number;
  readonly hit: LexiconHit;
}

/**
 * `normaliseName` of the tokens' texts joined by spaces, from the tokens' normalised forms
 * (normalisation folds every run of spaces and punctuation into one space, token by token alike).
 */
function textKey(run: readonly ScannedToken[], from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) {
    const norm = run[k].norm;
    if (norm === '') continue;
    key = key === '' ? norm : `${key} ${norm}`;
  }
  return key;
}

/**
 * `normaliseName(text.slice(run[from].start, run[to - 1].end))`: the tokens' normalised forms
 * joined (see `textKey`) when spaces stand between all of them, which is the text's normal form
 * without folding it again; the text itself when two tokens touch.
 */
export function spanKey(text: string, run: readonly ScannedToken[], from: number, to: number): string {
  for (let k = from + 1; k < to; k++)
    if (run[k].start === run[k - 1].end) return normaliseName(text.slice(run[from].start, run[to - 1].end));
  return textKey(run, from, to);
}

/** True when `t` counts as written in capitals for a lookup: an acronym, or no letter at all. */
const upperToken = (t: ScannedToken): boolean => t.acronym || !/\p{L}/u.test(t.text);

/** The number of words of a normalised form (0 for the empty form). */
function wordCount(norm: string): number {
  if (norm === '') return 0;
  let n = 1;
  for (let i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * How many tokens from `from` (at most `most`) a name may span, as far as the words at each
 * position of the names allow (`laterNameWords`): past that length no lookup can succeed.
 */
export function nameReach(
  run: readonly ScannedToken[],
  from: number,
  most: number,
  lexicon: Lexicon,
): number {
  if (most <= 1) return most;
  const later = laterNameWords(lexicon);
  let at = wordCount(run[from].norm);
  let len = 1;
  for (; len < most; len++) {
    const norm = run[from + len].norm;
    if (norm === '') continue;
    if (!norm.includes(' ')) {
      if (at >= later.length || !later[at].has(norm)) break;
      at++;
      continue;
    }
    const words = norm.split(' ');
    if (!words.every((w, k) => at + k < later.length && later[at + k].has(w))) break;
    at += words.length;
  }
  return len;
}

/** Longest lexicon or gazetteer name starting at `from`, not reaching past `limit`. */
export function longestHit(
  run: readonly ScannedToken[],
  from: number,
  limit: number,
  lexicon: Lexicon,
): Longest | undefined {
  const longest = startsLonger(run[from], lexicon)
    ? nameReach(run, from, Math.min(MAX_LOOKUP_WORDS, limit - from), lexicon)
    : 1;
  let upperTo = from;
  while (upperTo < from + longest && upperToken(run[upperTo])) upperTo++;
  for (let len = longest; len >= 1; len--) {
    if (CONNECTORS.has(run[from + len - 1].lowerDot)) continue;
    const upper = upperTo >= from + len;
    const hit =
      len === 1 && upper === run[from].acronym
        ? tokenHit(run[from], lexicon)
        : lookupName(textKey(run, from, from + len), upper, lexicon);
    if (hit) return { len, hit };
  }
  return undefined;
}

/** `longestHit(run, from, run.length)` for every `from`, each asked once. */
function hitsOf(run: readonly ScannedToken[], lexicon: Lexicon): (from: number) => Longest | undefined {
  const known: (Longest | null | undefined)[] = new Array<Longest | null | undefined>(run.length);
  return (from) => {
    let hit = known[from];
    if (hit === undefined) {
      hit = longestHit(run, from, run.length, lexicon) ?? null;
      known[from] = hit;
    }
    return hit ?? undefined;
  };
}

/** Index of the first organisation head or place suffix in run[from..), with only name words before it. */
function findHead(
  run: readonly ScannedToken[],
  from: number,
  lexicon: Lexicon,
): { at: number; kind: 'organization' | 'place'; placeKind?: string } | undefined {
  const vocab = lexicon.vocabulary;
  for (let i = from; i < run.length; i++) {
    const w = run[i].lowerDot;
    const next = run[i + 1]?.lowerDot;
    const isTitle = vocab.titles.has(w);
    const complement = next === 'of' || next === 'for' || next === 'on';
    // "Representatives of the Harbour Board": people sent by a body, not the body's name.
    if (i === from && lexicon.orgs.closingHeads.has(w)) return undefined;
    // "Redkino Research Plant": a head word before a place suffix is part of the place's name.
    const suffixNext = next !== undefined && vocab.placeSuffixes.has(next) && !vocab.orgHeads.has(next);
    if ((i > from || complement) && vocab.orgHeads.has(w) && !suffixNext) {
      let at = i;
      while (run[at + 1] && vocab.orgHeads.has(run[at + 1].lowerDot)) at++;
      return { at, kind: 'organization' };
    }
    if (i > from && vocab.placeSuffixes.has(w) && !(next !== undefined && vocab.orgHeads.has(next))) {
      // "Southern Military District": an armed force's district, not a place.
      if (lexicon.orgs.suffixModifiers.has(run[i - 1].lowerDot)) return { at: i, kind: 'organization' };
      return { at: i, kind: 'place', placeKind: vocab.placeSuffixes.get(w) };
    }
    if (i === from && vocab.orgHeads.has(w) && next === undefined && run.length > 1)
      return { at: i, kind: 'organization' };
    if (isTitle && !(next !== undefined && vocab.orgHeads.has(next))) return undefined;
  }
  return undefined;
}

/** End (exclusive) of the complement of a head word: "Ministry [of Foreign Affairs]", "Group [of 20]". */
function complementEnd(
  run: readonly ScannedToken[],
  head: number,
  hitFrom: (from: number) => Longest | undefined,
  lexicon: Lexicon,
): number {
  const vocab = lexicon.vocabulary;
  let end = head + 1;
  const onTopic =
    run[end]?.lowerDot === 'on' && run[end + 1] !== undefined && !vocab.timeWords.has(run[end + 1].lowerDot);
  if (!(run[end] && (run[end].lowerDot === 'of' || run[end].lowerDot === 'for' || onTopic))) return end;
  let lastWord = end;
  const topic = run[end].lowerDot === 'on';
  for (let i = end + 1; i < run.length; i++) {
    if (!topic && vocab.titles.has(run[i].lowerDot) && !vocab.titleComplements.has(run[i].lowerDot)) break;
    const listed = run[i].lowerDot === 'and' && i + 1 < run.length ? hitFrom(i + 1) : undefined;
    if (listed && listed.hit.kind !== 'demonym') break;
    if (!CONNECTORS.has(run[i].lowerDot)) lastWord = i;
  }
  end = lastWord + 1;
  // A personal name may follow the complement in the same run ("… Affairs Karen Donfried").
  for (let i = head + 2; i < end; i++) {
    const rest = end - i - 1;
    if (
      (vocab.titleComplements.has(run[i].lowerDot) || vocab.orgHeads.has(run[i].lowerDot)) &&
      rest >= 2 &&
      rest <= 3
    ) {
      const tail = run.slice(i + 1, end);
      if (tail.every((t) => !CONNECTORS.has(t.lowerDot) && !vocab.titleComplements.has(t.lowerDot)))
        return i + 1;
    }
  }
  return end;
}

/** Length of a title phrase starting at `from` ("Foreign Minister", "Secretary of State", "Gen."), or 0. */
function titleLength(run: readonly ScannedToken[], from: number, lexicon: Lexicon): number {
  const vocab = lexicon.vocabulary;
  let i = from;
  let sawTitle = false;
  let end = from;
  while (i < run.length) {
    const w = run[i].lowerDot;
    if (vocab.titles.has(w) && !(run[i + 1] && vocab.orgHeads.has(run[i + 1].lowerDot))) {
      sawTitle = true;
      end = i + 1;
    } else if (
      sawTitle &&
      (w === 'of' || w === 'for') &&
      run[i + 1] &&
      vocab.titleComplements.has(run[i + 1].lowerDot)
    ) {
      i++;
      while (
        run[i + 1] &&
        (vocab.titleComplements.has(run[i + 1].lowerDot) || CONNECTORS.has(run[i + 1].lowerDot))
      )
        i++;
      end = i + 1;
    } else if (!vocab.titleModifiers.has(w) || CONNECTORS.has(w)) {
      break;
    }
    i++;
  }
  return sawTitle ? end - from : 0;
}

/** Whether a lower-case "and" stands in run[from, to). */
function crossesAnd(run: readonly ScannedToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (run[k].lowerDot === 'and' && !run[k].cap) return true;
  return false;
}

/** Whether run[j] is a lower-case name particle with more of the name after it. */
function isNameParticle(run: readonly ScannedToken[], j: number): boolean {
  if (run[j].cap || !NAME_PARTICLES.has(run[j].lowerDot)) return false;
  const next = run[j + 1];
  return next !== undefined && (next.cap || isNameParticle(run, j + 1));
}

/** Whether a word with this lexicon answer may start a personal name: no answer, or a minor town. */
function mayStartName(found: Longest | undefined): boolean {
  const place = found?.hit.place;
  return !found || (found.hit.kind === 'place' && found.len === 1 && !place?.curated && !place?.capital);
}

/** Whether run[from] and run[from + 1] are two name words ("Ana Rojas"): capitalised words of letters. */
function startsFullName(run: readonly ScannedToken[], from: number): boolean {
  const word = (t: ScannedToken | undefined): boolean =>
    t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !CONNECTORS.has(t.lowerDot);
  return word(run[from]) && word(run[from + 1]);
}

/** A lexicon answer that is a curated place or a country's capital, never a word of a personal name. */
function wellKnownPlace(found: Longest | undefined): boolean {
  const place = found?.hit.kind === 'place' ? found.hit.place : undefined;
  return place !== undefined && (place.curated === true || place.capital === true) && place.kind === 'city';
}

/** Splits `run` into parts; `afterTitle` when a title stands right before the run ("spokesman Dmitry Peskov"). */
export function segmentRun(run: readonly ScannedToken[], afterTitle: boolean, lexicon: Lexicon): Part[] {
  const parts: Part[] = [];
  const hitFrom = hitsOf(run, lexicon);
  let titled = afterTitle;
  let i = 0;
  while (i < run.length) {
    if (CONNECTORS.has(run[i].lowerDot) && !run[i].cap) {
      i++;
      continue;
    }
    if (
      // A party word before a name is a label, not part of it ("Republican Donald Trump").
      lexicon.parties.labels.has(run[i].lowerDot) &&
      i + 2 < run.length &&
      !findHead(run, i, lexicon) &&
      mayStartName(hitFrom(i + 1))
    ) {
      parts.push({ kind: 'title', from: i, to: i + 1, rule: 'title.party' });
      titled = true;
      i++;
      continue;
    }
    const tlen = titleLength(run, i, lexicon);
    if (tlen > 0 && i + tlen <= run.length) {
      parts.push({ kind: 'title', from: i, to: i + tlen, rule: 'title' });
      titled = true;
      i += tlen;
      continue;
    }
    // "Nazi Germany", "Soviet Ukraine": a past state of a country is a place of its own.
    const country = i + 1 < run.length ? hitFrom(i + 1) : undefined;
    if (lexicon.notNames.historicQualifiers.has(run[i].lowerDot) && country?.hit.kind === 'country') {
      parts.push({
        kind: 'place',
        from: i,
        to: i + 1 + country.len,
        rule: 'place.historic',
        placeKind: 'area',
      });
      titled = false;
      i += 1 + country.len;
      continue;
    }
    const first = hitFrom(i);
    const firstEnd = first ? i + first.len : i;
    const listed =
      first !== undefined &&
      first.hit.kind !== 'place' &&
      (firstEnd === run.length || run[firstEnd].lowerDot === 'and');
    // "President Ana Rojas and State Department officials": after a title a name comes first.
    const found0 = listed ? undefined : findHead(run, i, lexicon);
    const head = found0 && titled && crossesAnd(run, i, found0.at) ? undefined : found0;
    if (head) {
      const end = head.kind === 'organization' ? complementEnd(run, head.at, hitFrom, lexicon) : head.at + 1;
      const whole = longestHit(run, i, end, lexicon);
      const hit = whole && whole.len === end - i ? whole.hit : undefined;
      if (hit && hit.kind !== 'organization' && (hit.kind !== 'place' || hit.place?.curated === true))
        parts.push({ kind: hit.kind, from: i, to: end, rule: `lexicon.${hit.kind}`, hit });
      else if (head.kind === 'organization')
        parts.push({ kind: 'organization', from: i, to: end, rule: 'org.head', hit });
      else
        parts.push({ kind: 'place', from: i, to: end, rule: 'place.suffix', placeKind: head.placeKind, hit });
      titled = false;
      i = end;
      continue;
    }
    const found = first;
    const nameAfter = (at: number): boolean => {
      // "Anna de Blasio": a name particle, then the name goes on.
      if (at < run.length && isNameParticle(run, at)) return nameAfter(at + 1);
      if (at >= run.length || CONNECTORS.has(run[at].lowerDot)) return false;
      const next = hitFrom(at);
      return (
        !next ||
        (next.hit.kind === 'place' && next.len === 1 && !next.hit.place?.curated && !next.hit.place?.capital)
      );
    };
    // "President of Ukraine Olena Hrytsenko", "Mayor Lviv Taras Melnyk": a place between a title
    // and a name of two words is the title's complement, not the first word of the name.
    // Not before an initial: "President George W. Bush" is a name.
    // "President of Turkey Ana Maria Rojas": a name of three words too.
    const fullWord = (at: number): boolean => nameAfter(at) && /^\p{Lu}\p{Ll}{2,}/u.test(run[at].text);
    const nameEnds = (at: number): boolean => at === run.length || !nameAfter(at);
    const complement =
      titled &&
      found !== undefined &&
      (found.hit.kind === 'place' || found.hit.kind === 'country') &&
      fullWord(i + found.len) &&
      fullWord(i + found.len + 1) &&
      (nameEnds(i + found.len + 2) || (fullWord(i + found.len + 2) && nameEnds(i + found.len + 3)));
    if (
      found &&
      (complement || !(titled && found.hit.kind === 'place' && found.len === 1 && nameAfter(i + 1)))
    ) {
      const town = found.hit.place;
      const singleTown =
        found.hit.kind === 'place' &&
        found.len === 1 &&
        !town?.curated &&
        !town?.capital &&
        (town?.kind !== 'region' || (i + 1 < run.length && hitFrom(i + 1) === undefined));
      const personName =
        !complement &&
        ((titled && found.hit.kind === 'country' && nameAfter(i + 1)) || (singleTown && nameAfter(i + 1)));
      if (!personName) {
        const kind: PartKind = found.hit.kind === 'organization' ? 'organization' : found.hit.kind;
        parts.push({ kind, from: i, to: i + found.len, rule: `lexicon.${found.hit.kind}`, hit: found.hit });
        i += found.len;
        continue;
      }
    }
    // "Head of my Office Ana Rojas", "of the Pact Ana Rojas": an organisation's head word before
    // a name of two or more words is what the person heads, not a word of the name.
    if (
      lexicon.vocabulary.orgHeads.has(run[i].lowerDot) &&
      i + 2 < run.length &&
      startsFullName(run, i + 1)
    ) {
      i++;
      continue;
    }
    // A personal name: name words up to the next title, connector or known name, and before a
    // country's capital or a well-known place ("… Medvedchuk Moscow is exploring" glued to a headline).
    let j = i + 1;
    while (
      j < run.length &&
      j - i < 4 &&
      (!CONNECTORS.has(run[j].lowerDot) || isNameParticle(run, j)) &&
      titleLength(run, j, lexicon) === 0 &&
      !(hitFrom(j)?.hit.kind === 'country' && !(titled && j === i + 1 && j + 1 === run.length)) &&
      !wellKnownPlace(hitFrom(j))
    )
      j++;
    if (j - i >= 2 || titled)
      parts.push({ kind: 'person', from: i, to: j, rule: titled ? 'person.title' : 'person.name' });
    else parts.push({ kind: 'single', from: i, to: j, rule: 'name.single' });
    titled = false;
    i = j;
  }
  return parts;
}
