/**
 * The places an attack cue hit: the object of an attack verb or the place after "on/at/in/near"
 * ("shelled A, B and C" gives three targets), else a place "in/near X" earlier in the sentence
 * ("… in Odesa after Russian strikes"). A country is replaced by a more specific place of the
 * same sentence ("an attack on Ukraine, damaging the grid in Ternopil"). "A, B" with no "and"
 * reads as place and enclosing place ("Sumy, northeastern Ukraine").
 */
import { NON_TARGET_PREPOSITIONS, TARGET_PREPOSITIONS } from './attack-cues';
import type { ActorSpan } from './attack-actors';
import type { Cue } from './find-attack-cues';
import type { PlaceSpan } from './attack-place-span';
import { governor, type SentenceView } from './attack-sentence';
import { placeSubject, relativeAntecedent } from './ground-frames';

export interface TargetGroup {
  readonly targets: readonly PlaceSpan[];
  /** Enclosing place named in the text, if any. */
  readonly location?: PlaceSpan;
  /** Found after the cue (object or prepositional phrase) rather than before it. */
  readonly right: boolean;
}

/** With the lexicon's reporting verbs ("said", "told"), the words that end a target window. */
const STOPS = new Set(['.', ';', ':', '?', '!', '—', '–', 'while', 'but', 'whereas', 'although']);
const LEFT_PREPOSITIONS = new Set('in at near on outside around inside over across'.split(' '));
const REFINE_PREPOSITIONS = new Set('in near at on outside around'.split(' '));
const LEFT_STOPS = new Set([';', 'before', 'until', 'although', 'but', 'whereas', 'while']);
const RIGHT_WINDOW = 30;
const LEFT_WINDOW = 30;

/** Finds the target group of a cue, or undefined when no place was hit. */
export function findTargets(
  view: SentenceView,
  cue: Cue,
  actor: ActorSpan | undefined,
  modifier: PlaceSpan | undefined,
): TargetGroup | undefined {
  let group: TargetGroup | undefined;
  const placeObject = cue.need === 'place-object' || cue.need === 'armed-place-object';
  if (cue.need === 'place-subject') {
    // "X fell to Y": the subject, and only it.
    const p = placeSubject(view, cue.from);
    return p < 0
      ? undefined
      : refine(view, { ...collect(view, view.placeStart[view.places[p].from]), right: false });
  }
  // "the X region, which Russian troops seized": the relative pronoun is the object.
  const antecedent = cue.verb && placeObject ? relativeAntecedent(view, cue.from, actor) : -1;
  if (antecedent >= 0)
    group = { ...collect(view, view.placeStart[view.places[antecedent].from]), right: false };
  if (modifier) group ??= { ...collect(view, view.placeStart[modifier.from]), right: false };
  group ??= right(view, cue);
  if (!group && placeObject) return undefined;
  if (!group && cue.passive) group = passiveSubject(view, cue);
  // "the assault on his country": the target is stated, just not named.
  if (!statedUnnamed(view, cue)) group ??= left(view, cue, actor);
  else group ??= demonymObject(view, cue, actor);
  return group ? refine(view, group) : undefined;
}

/** How far after "on" the forces of a side may be named. */
const OBJECT_WINDOW = 7;
/** Words that may stand between "on" and the attacked side's forces ("on journalists and Ukrainian soldiers"). */
const OBJECT_FILLERS = new Set(['the', 'a', 'an', 'and', ',', 'of']);

/**
 * "an artillery attack on journalists and Ukrainian soldiers": the object names no place, only
 * the forces or positions of a side by its demonym. Then the target is that side's country (as
 * the guidelines take a country when only a country is named), unless it is the attacker's own.
 */
function demonymObject(view: SentenceView, cue: Cue, actor: ActorSpan | undefined): TargetGroup | undefined {
  const { tokens, lexicon } = view;
  for (let k = cue.to + 1; k < Math.min(tokens.length, cue.to + OBJECT_WINDOW); k++) {
    const t = tokens[k];
    if (t.demonym) {
      const next = tokens[k + 1]?.lower ?? '';
      const side = view.actors[view.actorAt[k]];
      if (!lexicon.attacks.forceNouns.has(next) && next !== 'positions') return undefined;
      if (
        side === undefined ||
        (side.kind !== 'force' && side.kind !== 'country') ||
        side.name === actor?.name
      )
        return undefined;
      const place: PlaceSpan = {
        from: k,
        to: k + 1,
        name: side.name,
        kind: 'country',
        ...(side.key ? { key: side.key } : {}),
      };
      return { targets: [place], right: true };
    }
    if (!(t.word && /^\p{Ll}/u.test(t.text)) && !OBJECT_FILLERS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** A place such as "Donbass" in "Donbass People's Militia" names a side, not a place. */
function namesSide(view: SentenceView, p: PlaceSpan): boolean {
  const next = view.tokens[p.to]?.lower ?? '';
  return next === 'people' || view.lexicon.attacks.forceNouns.has(next) || next === 'positions';
}

/** "the assault on his country": an attack noun whose target is stated but not named. */
function statedUnnamed(view: SentenceView, cue: Cue): boolean {
  const { tokens } = view;
  if (cue.verb || !/^(?:on|against)$/.test(tokens[cue.to]?.lower ?? '')) return false;
  let k = cue.to + 1;
  while (k < tokens.length && /^(?:the|a|an|his|her|its|their|our)$/.test(tokens[k].lower)) k++;
  const t = tokens[k];
  return t !== undefined && /^\p{Ll}/u.test(t.text);
}

/** "Moscow's similarly powerful attack": a possessive place that owns an attack noun is its actor. */
function ownsAttack(view: SentenceView, p: PlaceSpan): boolean {
  if (!view.tokens[p.to]?.possessive) return false;
  for (let k = p.to + 1; k < Math.min(view.tokens.length, p.to + 5); k++) {
    const w = view.tokens[k].lower;
    if (view.lexicon.attacks.nouns.has(w)) return true;
    if (!/^\p{Ll}/u.test(view.tokens[k].text)) return false;
  }
  return false;
}

/**
 * "strikes across Ukraine", "force troops back across the X River": "across" a whole country
 * is the extent of a campaign, and "back across" a place is a movement; neither names a target.
 */
function acrossExtent(view: SentenceView, g: number, p: PlaceSpan): boolean {
  return view.tokens[g]?.lower === 'across' && (p.kind === 'country' || view.tokens[g - 1]?.lower === 'back');
}

/** "the war in X", "Russia's invasion of X": the governor follows a noun of the whole war, so the place is its theatre. */
function warTheatre(view: SentenceView, g: number): boolean {
  return g > 0 && view.lexicon.attacks.warNouns.has(view.tokens[g - 1].lower);
}

/** "the outskirts of X", "shelling of X" (not "the fall of X", "the day of X"). */
function ofTarget(view: SentenceView, of: number): boolean {
  const before = view.tokens[of - 1];
  if (before === undefined) return false;
  return (
    view.lexicon.places.targetOfHeads.has(before.lower) ||
    view.lexicon.attacks.nouns.has(before.lower) ||
    before.cue
  );
}

/** Whether a preposition other than "with"/"using" stands in tokens `[from, to]`. */
function prepositionBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = view.tokens[k].lower;
    if (w !== 'with' && (TARGET_PREPOSITIONS.has(w) || NON_TARGET_PREPOSITIONS.has(w))) return true;
  }
  return false;
}

function right(view: SentenceView, cue: Cue): TargetGroup | undefined {
  const { tokens } = view;
  const objectOk = cue.verb || cue.ing;
  const { reportingVerbs, killedRe, nouns } = view.lexicon.attacks;
  // "… killed two people, a day after strikes on X": a verb of killing has people as its object;
  // a place after the next attack noun is that attack's.
  const kills = killedRe.test(tokens[cue.from].lower);
  for (let j = cue.to; j < Math.min(tokens.length, cue.to + RIGHT_WINDOW); j++) {
    const t = tokens[j];
    if (STOPS.has(t.lower) || reportingVerbs.has(t.lower)) return undefined;
    if (kills && nouns.has(t.lower)) return undefined;
    if (t.text === '(') {
      while (j < tokens.length - 1 && tokens[j].text !== ')') j++;
      continue;
    }
    const p = view.placeStart[j];
    if (p < 0 || namesSide(view, view.places[p]) || ownsAttack(view, view.places[p])) continue;
    const g = governor(view, j);
    const gw = g >= 0 ? tokens[g].lower : '';
    // "took the town of X": a force's place object follows the verb itself.
    const direct =
      objectOk &&
      !prepositionBetween(view, cue.to, g) &&
      (cue.need !== 'armed-place-object' || g === cue.to - 1);
    // "moved from A to B": the verb's own particle governs its target.
    const particle = cue.verb && g === cue.to - 1 && cue.to - cue.from > 1;
    const ok =
      (!NON_TARGET_PREPOSITIONS.has(gw) || particle) &&
      !warTheatre(view, g) &&
      !acrossExtent(view, g, view.places[p]) &&
      (cue.need === 'place-object' || cue.need === 'armed-place-object'
        ? direct || (gw === 'of' && g <= cue.to + 3)
        : TARGET_PREPOSITIONS.has(gw) || direct) &&
      (gw !== 'of' || ofTarget(view, g));
    if (ok) return { ...collect(view, p), right: true };
    j = view.places[p].to - 1;
  }
  return undefined;
}

/** Words that join the places of a list ("A, the town of B and the villages of C"). */
const LIST_GLUE = new Set([',', 'and', 'or', 'the', 'of']);

/** The places of a list that ends with place `pi` ("the villages of A and B"), first to last. */
function listBefore(view: SentenceView, pi: number): number[] {
  const { tokens, lexicon } = view;
  const isFrameHead = (w: string): boolean =>
    lexicon.places.slotHeads.has(w) || lexicon.places.slotHeads.has(w.replace(/ies$/, 'y').replace(/s$/, ''));
  const items = [pi];
  for (;;) {
    let k = view.places[items[0]].from - 1;
    let joined = false;
    while (k >= 0 && (LIST_GLUE.has(tokens[k].lower) || isFrameHead(tokens[k].lower))) {
      joined ||= tokens[k].lower === 'and' || tokens[k].lower === 'or' || tokens[k].text === ',';
      k--;
    }
    const before = k >= 0 ? view.placeEnd[k] : -1;
    if (!joined || before < 0 || namesSide(view, view.places[before])) return items;
    items.unshift(before);
  }
}

function passiveSubject(view: SentenceView, cue: Cue): TargetGroup | undefined {
  for (let k = cue.from - 1; k >= 0; k--) {
    const p = view.placeEnd[k];
    if (p < 0) continue;
    const g = governor(view, view.places[p].from);
    if (namesSide(view, view.places[p])) {
      k = view.places[p].from;
      continue;
    }
    if (g < 0 || !TARGET_PREPOSITIONS.has(view.tokens[g].lower)) {
      // "the villages of A and B were shelled": every place of the subject's list.
      const list = listBefore(view, p);
      if (list.length > 1) return { targets: list.map((i) => view.places[i]), right: false };
      return { ...collect(view, p), right: false };
    }
    k = view.places[p].from;
  }
  return undefined;
}

function left(view: SentenceView, cue: Cue, actor: ActorSpan | undefined): TargetGroup | undefined {
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - LEFT_WINDOW); k--) {
    if (LEFT_STOPS.has(view.tokens[k].lower)) return undefined;
    const pi = view.placeEnd[k];
    if (pi < 0) continue;
    const p = view.places[pi];
    k = p.from;
    if (actor && p.from < actor.to && p.to > actor.from) continue;
    if (namesSide(view, p)) continue;
    const g = governor(view, p.from);
    if (
      g >= 0 &&
      LEFT_PREPOSITIONS.has(view.tokens[g].lower) &&
      !warTheatre(view, g) &&
      !acrossExtent(view, g, p)
    ) {
      return { ...collect(view, view.placeStart[p.from]), right: false };
    }
  }
  return undefined;
}

/**
 * The place a place names when it only modifies a noun: "the Black Sea port of Odesa" is Odesa.
 * Returns the index of the place after "of", or `pi` itself.
 */
function placeOfHead(view: SentenceView, pi: number): number {
  const { tokens, placeStart } = view;
  let k = view.places[pi].to;
  const nounEnd = Math.min(tokens.length, k + 2);
  while (k < nounEnd && tokens[k].word && /^\p{Ll}/u.test(tokens[k].text) && tokens[k].lower !== 'of') k++;
  if (k === view.places[pi].to || tokens[k]?.lower !== 'of') return pi;
  const head = tokens[k - 1].lower;
  if (!view.lexicon.places.facilityHeads.has(head) && !view.lexicon.places.slotHeads.has(head)) return pi;
  return placeStart[k + 1] >= 0 ? placeStart[k + 1] : pi;
}

/** How many lower-case words may stand between a place and a facility head ("nuclear power plant"). */
const MAX_FACILITY_WORDS = 3;

/**
 * A facility named by its place and lower-case head words ("the Kremenchuk oil refinery", "the
 * Rivne nuclear power plant"): the facility is the target, the place its location.
 */
function facilityAfter(view: SentenceView, place: PlaceSpan): PlaceSpan | undefined {
  const { tokens, lexicon } = view;
  if (place.kind === 'country' || place.kind === 'facility') return undefined;
  let k = place.to;
  while (
    k < Math.min(tokens.length, place.to + MAX_FACILITY_WORDS) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text)
  ) {
    if (lexicon.places.facilityHeads.has(tokens[k].lower) && tokens[k + 1]?.lower !== 'of') {
      const start = tokens[place.from].start;
      const name = view.sentence.text.slice(start - view.sentence.start, tokens[k].end - view.sentence.start);
      return { from: place.from, to: k + 1, name, kind: 'facility' };
    }
    k++;
  }
  return undefined;
}

/** A place and what follows it: a list ("A, B and C"), an enclosing place ("A, B", "A in B"). */
function collect(view: SentenceView, at: number): Omit<TargetGroup, 'right'> {
  const { tokens, places, placeStart } = view;
  const pi = placeOfHead(view, at);
  const first = places[pi];
  if (tokens[first.to]?.possessive) {
    // "Ukraine's northeastern Kharkiv region", "Ukraine's main port of Odesa": the possessive
    // place encloses the next one.
    for (let k = first.to + 1; k < Math.min(tokens.length, first.to + 5); k++) {
      if (placeStart[k] >= 0) return { ...collect(view, placeStart[k]), location: first };
      // "Ukraine's second-largest city, Kharkiv": the place in apposition to the description.
      if (tokens[k].text === ',' && k > first.to + 1 && placeStart[k + 1] >= 0)
        return { ...collect(view, placeStart[k + 1]), location: first };
      if (!/^\p{Ll}/u.test(tokens[k].text)) break;
    }
    return { targets: [first] };
  }
  const facility = facilityAfter(view, first);
  if (facility) return { targets: [facility], location: first };
  const items = [first];
  let listed = false;
  let j = first.to;
  for (;;) {
    let n = j;
    if (tokens[n]?.text === ',') n++;
    const and = tokens[n]?.lower === 'and' || tokens[n]?.lower === 'or';
    if (and) n++;
    const next = placeStart[n] ?? -1;
    if (n === j || next < 0 || namesSide(view, places[next])) break;
    if (listed && !and) break;
    listed ||= and;
    items.push(places[next]);
    j = places[next].to;
  }
  let location: PlaceSpan | undefined;
  let targets = items;
  if (!listed && items.length > 1) {
    targets = [items[0]];
    location = items[1];
  } else {
    // "the Kapustin Yar test site in Astrakhan": skip a few lower-case words.
    while (
      j < Math.min(tokens.length, first.to + 3) &&
      /^\p{Ll}+$/u.test(tokens[j].text) &&
      tokens[j].lower !== 'in'
    )
      j++;
    const t = tokens[j];
    let k = j + 1;
    if (tokens[k]?.lower === 'the') k++;
    if ((t?.text === ',' || t?.lower === 'in') && placeStart[k] >= 0) location = places[placeStart[k]];
  }
  return { targets, location };
}

/** Replaces a country-only target by a more specific place "in/near X" later in the sentence. */
function refine(view: SentenceView, group: TargetGroup): TargetGroup {
  if (group.targets.some((t) => t.kind !== 'country')) return group;
  const last = group.targets[group.targets.length - 1];
  for (let j = last.to; j < view.tokens.length; j++) {
    const p = view.placeStart[j];
    if (p < 0) continue;
    const place = view.places[p];
    const g = governor(view, j);
    if (place.kind !== 'country' && g >= 0 && REFINE_PREPOSITIONS.has(view.tokens[g].lower)) {
      return { targets: [place], location: group.targets[0], right: group.right };
    }
  }
  return group;
}
