/**
 * Organisations named by a lower-case head after their owner: the bodies of a state, a city or an
 * organisation ("Russia’s defence ministry", "the Ukrainian interior ministry", "Mariupol city
 * council", "the US state department", "Ukraine’s operational command south", "Russia’s embassy in
 * Britain"), and military units named by a name and a unit word ("Russia’s Black Sea fleet", "the
 * Azov regiment"). The head words and the words that tell bodies apart are data
 * (`data/org-heads.json`: `bodies`, `bodyFillers`, `bodyTails`, `placedHeads`, `unitHeads`).
 */
import type { Mention } from '../model/entity';
import type { Lexicon } from '../lexicon/load-lexicon';
import type { ScannedToken } from './scan-tokens';
import { normaliseName } from './normalise-name';
import { canonicalName } from './vocabulary';
import { fixedMention, newMention } from './shapes';

const POSSESSIVE_RE = /[’']s?$/u;
const NONE: ReadonlySet<string> = new Set();

/** Per lexicon: each head of a body → the words that tell such bodies apart (`NONE` for a bare body's head). */
const headsOf = new WeakMap<Lexicon, ReadonlyMap<string, ReadonlySet<string>>>();

/** `bodies` and `bareBodies` in one map, so that a word that heads no body costs one lookup. */
function bodyHeads(lexicon: Lexicon): ReadonlyMap<string, ReadonlySet<string>> {
  let heads = headsOf.get(lexicon);
  if (heads === undefined) {
    const { bodies, bareBodies } = lexicon.orgs;
    const map = new Map<string, ReadonlySet<string>>();
    for (const w of bareBodies) map.set(w, NONE);
    for (const [w, kinds] of bodies) map.set(w, kinds);
    heads = map;
    headsOf.set(lexicon, heads);
  }
  return heads;
}

/**
 * The last mention of `sentence` in `out` that ends at `end` and names a place or an organisation;
 * with `local`, a lone word of any type too (it is then a place: "Mariupol city council").
 */
function ownerEndingAt(out: Mention[], sentence: number, end: number, local: boolean): Mention | undefined {
  for (let k = out.length - 1; k >= 0 && out[k].sentence === sentence; k--) {
    const m = out[k];
    if (m.end !== end) continue;
    if (m.type === 'Location' || (m.type === 'Organization' && !m.tentative)) return m;
    if (local && m.tentative && !m.text.includes(' ')) {
      const place = fixedMention({ ...m, type: 'Location', rule: 'place.owner', tentative: false });
      out[k] = place;
      return place;
    }
  }
  return undefined;
}

/** The country an owner stands for, when it is a country or its demonym. */
const ownerCountry = (m: Mention): string | undefined =>
  m.type === 'Location' && (m.demonym === true || m.placeKind === 'country') ? m.countryCode : undefined;

/**
 * Key of a body from its words after the owner: "defence ministry" and "Ministry of Defence" give
 * one key ("ministry of defence"), and so do "foreign ministry" and "Ministry of Foreign Affairs".
 */
function bodyKey(words: readonly string[], head: string, lexicon: Lexicon): string {
  const at = words.indexOf(head);
  if (head !== 'ministry' || at !== words.length - 1 || at === 0)
    return canonicalName(words.join(' '), lexicon);
  const domain = words.slice(0, at);
  const affairs = domain.length === 1 && lexicon.orgs.affairsMinistries.has(domain[0]) ? ' affairs' : '';
  return canonicalName(`ministry of ${domain.join(' ')}${affairs}`, lexicon);
}

/** Key of an organisation: under its owner's country when it has one, else under its whole name. */
function ownedKey(owner: Mention, body: string, whole: string, lexicon: Lexicon): string {
  const cc = ownerCountry(owner);
  return cc
    ? `organization:${cc.toLowerCase()}:${body}`
    : `organization:${canonicalName(whole.replace(POSSESSIVE_RE, ''), lexicon)}`;
}

/**
 * Adds to `out` the bodies named in one sentence by a lower-case head after an owner: the owner is
 * a place or an organisation the sentence names, before the head directly or with a possessive,
 * and at least one word between them tells the body apart (`bodies`), unless the head needs none.
 */
export function addBodies(
  text: string,
  tokens: readonly ScannedToken[],
  sentence: number,
  out: Mention[],
  lexicon: Lexicon,
): void {
  const { bodyFillers, bodyTails, placedHeads, localBodyWords } = lexicon.orgs;
  const heads = bodyHeads(lexicon);
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h];
    const kinds = head.cap ? undefined : heads.get(head.lowerDot);
    if (!kinds) continue;
    let k = h - 1;
    let told = kinds.size === 0;
    let local = false;
    const bodyWord = (t: ScannedToken): boolean =>
      !t.cap && (kinds.has(t.lowerDot) || bodyFillers.has(t.lowerDot));
    while (k > 0) {
      const t = tokens[k];
      // "prosecutor general's office": a possessive inside the body's words.
      if (t.possessive && bodyWord(tokens[k - 1])) {
        k--;
        continue;
      }
      if (!bodyWord(t)) break;
      if (kinds.has(t.lowerDot)) told = true;
      if (localBodyWords.has(t.lowerDot)) local = true;
      k--;
    }
    if (!told) continue;
    const possessive = tokens[k].possessive;
    const ownerToken = possessive ? tokens[k - 1] : tokens[k];
    if (!ownerToken?.cap && !possessive) continue;
    const owner = ownerToken ? ownerEndingAt(out, sentence, ownerToken.end, local) : undefined;
    if (!owner || (owner.demonym === true && possessive)) continue;
    let end = head.end;
    const next = tokens[h + 1];
    if (next && !next.cap && bodyTails.has(next.lowerDot) && head.lowerDot === 'command') end = next.end;
    else if (placedHeads.has(head.lowerDot) && next?.lowerDot === 'in') {
      const where = tokens[h + 2] && placeFrom(out, sentence, tokens[h + 2].start);
      if (where) end = where.end;
    }
    const words: string[] = [];
    for (let i = k + 1; i <= h; i++) if (tokens[i].alnum) words.push(tokens[i].lowerDot);
    const whole = text.slice(owner.start, end);
    const m = newMention(owner.start, end, whole, 'Organization', sentence, 'org.body');
    m.key = ownedKey(owner, bodyKey(words, head.lowerDot, lexicon), whole, lexicon);
    const cc = ownerCountry(owner);
    if (cc) m.countryCode = cc;
    // "UN security council": an organisation written before the head is part of the name.
    if (owner.type === 'Organization' && !possessive) out.splice(out.indexOf(owner), 1);
    out.push(m);
  }
}

/** The place mention of `sentence` that starts at `start`. */
function placeFrom(out: readonly Mention[], sentence: number, start: number): Mention | undefined {
  for (let k = out.length - 1; k >= 0 && out[k].sentence === sentence; k--)
    if (out[k].start === start && out[k].type === 'Location') return out[k];
  return undefined;
}

/** A name that a unit or a facility stands for when written alone ("Azov" for "the Azov regiment"). */
export interface NamedBase {
  /** `normaliseName` of the name without its head words. */
  readonly base: string;
  readonly key: string;
  readonly type: Mention['type'];
}

/**
 * "Russia’s Black Sea fleet", "the Russian Baltic fleet", "the Azov regiment": the run
 * `tokens[from, to)` followed by a lower-case unit word is a military unit. A country opening the
 * run or owning it by a possessive stays a mention of its own and owns the unit; the run's other
 * mentions give way to the unit. Returns the unit's bare name, which then names it alone.
 */
export function addUnit(
  text: string,
  tokens: readonly ScannedToken[],
  from: number,
  to: number,
  sentence: number,
  out: Mention[],
  lexicon: Lexicon,
): NamedBase | undefined {
  const head = tokens[to];
  if (!head || head.cap || !lexicon.orgs.unitHeads.has(head.lowerDot)) return undefined;
  const runStart = tokens[from].start;
  const runEnd = tokens[to - 1].end;
  let owner: Mention | undefined;
  let nameStart = runStart;
  const inRun: number[] = [];
  for (let k = out.length - 1; k >= 0 && out[k].sentence === sentence; k--) {
    const m = out[k];
    if (m.start >= runStart && m.end <= runEnd) inRun.push(k);
    if (m.start === runStart && ownerCountry(m) !== undefined && m.end < runEnd) {
      owner = m;
      nameStart = tokens.find((t) => t.start > m.end && t.alnum)?.start ?? runEnd;
    }
  }
  if (!owner && tokens[from - 1]?.possessive && tokens[from - 2])
    owner = ownerEndingAt(out, sentence, tokens[from - 2].end, false);
  if (nameStart >= runEnd) return undefined;
  for (const k of inRun) if (out[k] !== owner) out.splice(k, 1);
  const base = text.slice(nameStart, runEnd);
  const cc = owner ? ownerCountry(owner) : undefined;
  const unit = canonicalName(`${base} ${head.lowerDot}`, lexicon);
  const start = owner ? owner.start : nameStart;
  const key = cc ? `organization:${cc.toLowerCase()}:${unit}` : `organization:${unit}`;
  const m = newMention(start, head.end, text.slice(start, head.end), 'Organization', sentence, 'org.unit');
  m.key = key;
  if (cc) m.countryCode = cc;
  out.push(m);
  return { base: normaliseName(base), key, type: 'Organization' };
}
