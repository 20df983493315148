/**
 * Actor spans of one sentence for the attack stage: armed forces named by a demonym
 * ("Russian forces", "a Russian drone", "Russian shelling"), countries and capitals used as
 * actors ("Russia", "Moscow's"), organizations (named armed groups, or bodies of a state such as
 * "Ukraine's General Staff"), and the pronoun "it"/"its". Every named actor is a mention the
 * entity stage found: this stage reads those mentions and recognises no name again.
 */
import type { Entity } from '../../model/entity';
import { NON_TARGET_PREPOSITIONS, TARGET_PREPOSITIONS } from './attack-cues';
import { countryByCapital } from './capitals';
import { loadGazetteer } from '../../entities/gazetteer';
import type { AttackToken } from './attack-tokens';
import type { Lexicon } from '../../lexicon/load-lexicon';
import { mentionsWithin } from './sentence-mentions';

export type ActorKind = 'force' | 'weapon' | 'cue' | 'country' | 'group' | 'pronoun';

/** A possible attacker named over tokens `[from, to)`. */
export interface ActorSpan {
  readonly from: number;
  readonly to: number;
  /** Canonical actor name: a country's common name or a group's name; empty for a pronoun. */
  readonly name: string;
  readonly key?: string;
  readonly kind: ActorKind;
  /** Written as a possessive ("Moscow's"). */
  readonly possessive: boolean;
  /** Stands after a preposition ("in Russia"), so it names a place, not an actor; "by" excepted. */
  readonly afterPreposition: boolean;
}

/** Finds actor spans in a sentence's tokens (people's names never make an actor), sorted by position. */
export function findActors(
  tokens: readonly AttackToken[],
  entities: readonly Entity[],
  sentenceStart: number,
  sentenceEnd: number,
  lexicon: Lexicon,
): ActorSpan[] {
  const FORCE_NOUNS = lexicon.attacks.forceNouns;
  const actors: ActorSpan[] = [];
  const taken = new Uint8Array(tokens.length);
  const push = (from: number, to: number, name: string, kind: ActorKind, key?: string): void => {
    for (let i = from; i < to; i++) taken[i] = 1;
    // "in eastern Ukraine": the preposition before the place's adjectives.
    let b = from - 1;
    while (b > 0 && lexicon.places.skippedBeforePlace.has(tokens[b].lower) && /^\p{Ll}/u.test(tokens[b].text))
      b--;
    const prev = tokens[b]?.lower ?? '';
    const afterPreposition =
      ((kind === 'country' || kind === 'group') &&
        prev !== 'by' &&
        (TARGET_PREPOSITIONS.has(prev) || NON_TARGET_PREPOSITIONS.has(prev)) &&
        !(prev === 'of' && FORCE_NOUNS.has(tokens[b - 1]?.lower ?? ''))) ||
      (kind === 'country' && enclosesPlaceBefore(from));
    actors.push({ from, to, name, kind, key, possessive: tokens[to]?.possessive === true, afterPreposition });
  };
  // Countries, capitals and demonyms the entity stage found, by their first token.
  const places = new Map<
    number,
    { readonly to: number; readonly entity: Entity; readonly demonym: boolean }
  >();
  // Last tokens of the mentions of places smaller than a country ("Sumy" in "Sumy, northern Ukraine").
  const smallPlaceEnds = new Set<number>();
  /** "Sumy, northern Ukraine": a country after a smaller place and a comma encloses it; it is no actor. */
  const enclosesPlaceBefore = (from: number): boolean => {
    let k = from - 1;
    while (k > from - 3 && k >= 0 && /^\p{Ll}+$/u.test(tokens[k].text)) k--;
    return tokens[k]?.text === ',' && smallPlaceEnds.has(k - 1);
  };
  for (const { entity: e, mention: m } of mentionsWithin(entities, sentenceStart, sentenceEnd)) {
    if (e.type === 'Weapon') continue;
    const from = tokens.findIndex((t) => t.end > m.start);
    let to = from;
    while (to < tokens.length && tokens[to].start < m.end) to++;
    if (from < 0 || to <= from) continue;
    if (e.type === 'Location') {
      places.set(from, { to, entity: e, demonym: m.demonym === true });
      if (e.placeKind !== 'country' && m.demonym !== true) smallPlaceEnds.add(to - 1);
      continue;
    }
    if (e.type === 'Person') {
      for (let i = from; i < to; i++) taken[i] = 1;
      continue;
    }
    const state = stateOf(m.countryCode ?? e.countryCode, lexicon);
    if (state) push(from, to, state, 'force');
    // Organizations that are not armed actors (unions of states, ministries, media, companies).
    else if (!lexicon.orgs.civilBodyRe.test(e.name)) push(from, to, e.name, 'group', e.key);
    else for (let i = from; i < to; i++) taken[i] = 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t = tokens[i];
    if (t.lower === 'it' || t.lower === 'its') {
      push(i, i + 1, '', 'pronoun');
      continue;
    }
    const place = places.get(i);
    if (place === undefined) continue;
    const country = countryOf(place.entity, lexicon);
    if (country === undefined) continue;
    if (place.demonym || sponsors(t, lexicon)) {
      const head = demonymHead(tokens, i, lexicon);
      if (head) push(i, head.to, country.name, head.kind, country.key);
      continue;
    }
    // "Forces of Russia": the force noun and the country make one actor.
    let from = i;
    if (tokens[i - 1]?.lower === 'of' && FORCE_NOUNS.has(tokens[i - 2]?.lower ?? '')) from = i - 2;
    push(from, place.to, country.name, 'country', country.key);
    i = place.to - 1;
  }
  return actors.sort((a, b) => a.from - b.from);
}

/** The state an organization belongs to ("Ukraine's General Staff", "the Russian Defence Ministry"), if stated. */
function stateOf(countryCode: string | undefined, lexicon: Lexicon): string | undefined {
  return countryCode === undefined ? undefined : loadGazetteer(lexicon).countryByCode.get(countryCode)?.name;
}

/** The country a place mention stands for as an actor: a country, or the state whose capital it is ("Moscow"). */
function countryOf(e: Entity, lexicon: Lexicon): { name: string; key: string } | undefined {
  if (e.placeKind === 'country') return { name: e.country ?? e.name, key: e.key };
  const capital = countryByCapital(e.name, lexicon);
  return capital && { name: capital.name, key: `location:${capital.code.toLowerCase()}` };
}

/** A capitalised system name between a demonym and its head ("a Ukrainian Bayraktar drone"). */
const isSystemName = (t: AttackToken): boolean => /^\p{Lu}[\p{L}\p{N}-]*$/u.test(t.text) && !t.demonym;

/**
 * "pro-Russian", "Russian-backed", "Russia-backed": a hyphenated word that makes its country the
 * sponsor of the force it modifies (the country is the attacker, as the guidelines take it).
 */
function sponsors(t: AttackToken, lexicon: Lexicon): boolean {
  const parts = t.lower.split('-');
  if (parts.length < 2) return false;
  const { sponsorPrefixes, sponsorSuffixes } = lexicon.attacks;
  return sponsorPrefixes.has(parts[0]) || sponsorSuffixes.has(parts[parts.length - 1]);
}

function demonymHead(
  tokens: readonly AttackToken[],
  i: number,
  lexicon: Lexicon,
): { to: number; kind: ActorKind } | undefined {
  const { forceNouns, proxyNouns, nouns, kindModifiers, actorFillers } = lexicon.attacks;
  const t = tokens[i];
  const sponsored = sponsors(t, lexicon);
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    const w = tokens[j].lower;
    if (forceNouns.has(w) || (sponsored && proxyNouns.has(w))) return { to: j + 1, kind: 'force' };
    if (lexicon.weapons.words.has(w)) return { to: j + 1, kind: 'weapon' };
    if (nouns.has(w) || kindModifiers.has(w)) return { to: i + 1, kind: 'cue' };
    // "Russian siege and bombardment": the demonym of a pair of nouns, the second an attack noun.
    if (/^(?:and|or)$/.test(tokens[j + 1]?.lower ?? '') && nouns.has(tokens[j + 2]?.lower ?? ''))
      return { to: i + 1, kind: 'cue' };
    if (!actorFillers.has(w) && !lexicon.weapons.modifiers.has(w) && !/-/.test(w) && !isSystemName(tokens[j]))
      break;
  }
  // A plural demonym on its own ("the Russians") names the side.
  if (/s$/.test(t.lower) && !tokens[i + 1]?.cap) return { to: i + 1, kind: 'force' };
  return undefined;
}
