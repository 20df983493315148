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
  group ??= referredPlace(view, cue, actor);
  // "the assault on his country": the target is stated, just not named.
  if (!statedUnnamed(view, cue)) group ??= left(view, cue, actor);
  else group ??= demonymObject(view, cue, actor);
  return group ? refine(view, group) : undefined;
}

/** How many words may stand between an attack cue and a bare place noun it governs ("of the frontline Ukrainian city"). */
const REFERRING_WINDOW = 5;

/**
 * A bare place noun that refers back to the place the sentence names: "the mayor of X … as
 * invaders stepped up their shelling of the port city", and the headline "X mayor urges
 * residents to flee city as Russia steps up shelling". The noun is the attack's object, or
 * stands before the cue; the place is the nearest one before the noun that is not a country
 * and not the attacker.
 */
function referredPlace(view: SentenceView, cue: Cue, actor: ActorSpan | undefined): TargetGroup | undefined {
  const { tokens } = view;
  let noun = -1;
  let k = cue.to;
  if (/^(?:of|on|against|at)$/.test(tokens[k]?.lower ?? '')) k++;
  else if (!cue.verb) k = -1;
  for (const end = Math.min(tokens.length, cue.to + REFERRING_WINDOW); k >= 0 && k < end; k++) {
    if (bareReferringNoun(view, k)) noun = k;
    if (noun >= 0 || !(/^\p{Ll}/u.test(tokens[k].text) || tokens[k].demonym) || view.placeStart[k] >= 0)
      break;
  }
  for (let j = cue.from - 1; noun < 0 && j >= 0; j--) {
    if (LEFT_STOPS.has(tokens[j].lower) || STOPS.has(tokens[j].lower)) break;
    if (bareReferringNoun(view, j)) noun = j;
  }
  if (noun < 0) return undefined;
  for (let j = noun - 1; j >= 0; j--) {
    const pi = view.placeEnd[j];
    if (pi < 0) continue;
    const p = view.places[pi];
    j = p.from;
    if (p.kind === 'country' || namesSide(view, p)) continue;
    if (actor && p.from < actor.to && p.to > actor.from) continue;
    return { targets: [p], right: noun > cue.from };
  }
  return undefined;
}

/** Words that may follow a bare place noun ("flee city as …", "the city after …"). */
const AFTER_BARE_NOUN = new Set('as after before when while and but or was were is has had had'.split(' '));

/** A referring place noun at `k` with no name of its own ("the city", not "the city of X" or "city officials"). */
function bareReferringNoun(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  if (!view.lexicon.places.referringHeads.has(tokens[k].lower) || view.placeEnd[k] >= 0) return false;
  const next = tokens[k + 1];
  if (next === undefined || !next.word) return true;
  if (next.lower === 'of' || view.placeStart[k + 1] >= 0) return false;
  return (
    AFTER_BARE_NOUN.has(next.lower) ||
    TARGET_PREPOSITIONS.has(next.lower) ||
    NON_TARGET_PREPOSITIONS.has(next.lower)
  );
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

/** Whether a word is a place noun or its plural ("city", "cities", "towns"). */
function placeNoun(view: SentenceView, w: string): boolean {
  const nouns = view.lexicon.places.nouns;
  return nouns.has(w) || nouns.has(w.replace(/ies$/, 'y')) || nouns.has(w.replace(/s$/, ''));
}

/**
 * "strikes on cities in the west, from A to B and C": a range "from A to B" that spells out the
 * places before it (after a comma or a plural place noun, not a launch site: "fired from A to B").
 * Every place of the range, or undefined.
 */
function range(view: SentenceView, g: number, pi: number): PlaceSpan[] | undefined {
  const { tokens, places, placeStart } = view;
  const before = tokens[g - 1];
  if (tokens[g].lower !== 'from' || before === undefined) return undefined;
  if (before.text !== ',' && !(placeNoun(view, before.lower) && before.lower.endsWith('s'))) return undefined;
  const to = places[pi].to;
  if (tokens[to]?.lower !== 'to' || (placeStart[to + 1] ?? -1) < 0) return undefined;
  return [places[pi], ...collect(view, placeStart[to + 1]).targets];
}

const BE = new Set('was were is are been'.split(' '));

/** "Strikes were also reported in X": a passive reporting verb that says where, not who spoke. */
function reportedPassive(view: SentenceView, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && view.lexicon.attacks.verbAdverbs.has(view.tokens[k].lower)) k--;
  return BE.has(view.tokens[k]?.lower ?? '');
}

/**
 * "in X, where a school was hit, and in Y": a second phrase of the same preposition, joined by
 * "and" after the first target, adds its place (before `end` and any stop).
 */
function withCoordinatedPlace(
  view: SentenceView,
  group: Omit<TargetGroup, 'right'>,
  g: number,
  end: number,
): Omit<TargetGroup, 'right'> {
  const { tokens, placeStart } = view;
  const preposition = tokens[g]?.lower ?? '';
  if (!LEFT_PREPOSITIONS.has(preposition)) return group;
  const last = group.targets[group.targets.length - 1];
  for (let k = Math.max(last.to, group.location?.to ?? 0); k < Math.min(tokens.length - 1, end); k++) {
    const w = tokens[k].lower;
    if (STOPS.has(w) || view.lexicon.attacks.reportingVerbs.has(w)) break;
    if (w !== 'and' || tokens[k + 1].lower !== preposition) continue;
    for (let n = k + 2; n < Math.min(tokens.length, k + 8); n++) {
      const p = placeStart[n];
      if (p >= 0 && governor(view, n) === k + 1) {
        const more = collect(view, p);
        return { ...group, targets: [...group.targets, ...more.targets] };
      }
    }
    break;
  }
  return group;
}

/**
 * "sank the flagship of the fleet, the Moskva cruiser": a facility or ship named after a comma
 * that closes the verb's object, whose only preposition is "of", is that object.
 */
function namedInApposition(view: SentenceView, from: number, comma: number, place: PlaceSpan): boolean {
  const { tokens } = view;
  if (place.kind !== 'facility' || tokens[comma]?.text !== ',') return false;
  for (let k = from; k < comma; k++) {
    const w = tokens[k].lower;
    if (w === ',' || (w !== 'of' && (TARGET_PREPOSITIONS.has(w) || NON_TARGET_PREPOSITIONS.has(w))))
      return false;
  }
  return true;
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
    if (STOPS.has(t.lower) || (reportingVerbs.has(t.lower) && !reportedPassive(view, j))) return undefined;
    if (kills && nouns.has(t.lower)) return undefined;
    if (t.text === '(') {
      while (j < tokens.length - 1 && tokens[j].text !== ')') j++;
      continue;
    }
    const p = view.placeStart[j];
    if (p < 0 || namesSide(view, view.places[p]) || ownsAttack(view, view.places[p])) continue;
    const g = governor(view, j);
    const gw = g >= 0 ? tokens[g].lower : '';
    const spanned = g >= 0 ? range(view, g, p) : undefined;
    if (spanned) return { targets: spanned, right: true };
    // "took the town of X": a force's place object follows the verb itself.
    const direct =
      objectOk &&
      (!prepositionBetween(view, cue.to, g) || namedInApposition(view, cue.to, g, view.places[p])) &&
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
    if (ok) return { ...withCoordinatedPlace(view, collect(view, p), g, j + RIGHT_WINDOW), right: true };
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
      if (list.length > 1)
        return {
          targets: list.map((i) => namedFacilityIn(view, view.places[i]) ?? view.places[i]),
          right: false,
        };
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
      // "from the Azot chemical plant in X after a bombardment": the facility there is the target.
      const facility = view.tokens[g].lower === 'in' && g > 0 ? view.placeEnd[g - 1] : -1;
      if (facility >= 0 && view.places[facility].kind === 'facility')
        return { ...collect(view, facility), right: false };
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

/** "the central Ukraine region of Vinnytsia": the place after "of" named as the region it heads ("Vinnytsia region"). */
function regionOf(view: SentenceView, place: PlaceSpan): PlaceSpan {
  const head = view.tokens[place.from - 2]?.lower ?? '';
  if (place.kind === 'region' || !view.lexicon.places.regionSuffixes.has(head)) return place;
  return { ...place, name: `${place.name} ${head}`, kind: 'region' };
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

/** How many capitalised words a facility's own name may have ("the Azot chemical plant"). */
const MAX_FACILITY_NAME = 3;

/**
 * A facility with a name of its own at token `k` ("the Azot chemical plant", "the Orlen
 * refinery"): a determiner, capitalised name words that are no demonym nor common word, a few
 * lower-case words and a facility head. The name's words may be a place ("the Rivne nuclear power plant").
 */
function namedFacilityAt(view: SentenceView, k: number): PlaceSpan | undefined {
  const { tokens, lexicon } = view;
  if (tokens[k]?.lower !== 'the') return undefined;
  const { names, places } = lexicon.notNames;
  let j = k + 1;
  while (j < Math.min(tokens.length, k + 1 + MAX_FACILITY_NAME) && tokens[j].cap && !tokens[j].demonym) {
    if (view.actorAt[j] >= 0 && view.placeStart[j] < 0 && view.placeEnd[j] < 0) return undefined;
    // "the Military base": a common word written with a capital is no name.
    if (names.has(tokens[j].lower) || places.has(tokens[j].lower)) return undefined;
    j++;
  }
  if (j === k + 1) return undefined;
  for (let n = 0; n <= MAX_FACILITY_WORDS && j < tokens.length; n++, j++) {
    const t = tokens[j];
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return undefined;
    if (lexicon.places.facilityHeads.has(t.lower) && tokens[j + 1]?.lower !== 'of') {
      const start = tokens[k + 1].start - view.sentence.start;
      const name = view.sentence.text.slice(start, t.end - view.sentence.start);
      return { from: k + 1, to: j + 1, name, kind: 'facility' };
    }
  }
  return undefined;
}

/** A named facility right before "in" and place `place` ("the Azot chemical plant in X"). */
function namedFacilityIn(view: SentenceView, place: PlaceSpan): PlaceSpan | undefined {
  const { tokens } = view;
  const at = place.from - 1;
  if (tokens[at]?.lower !== 'in' || !view.lexicon.places.facilityHeads.has(tokens[at - 1]?.lower ?? ''))
    return undefined;
  for (let k = at - 2; k >= Math.max(0, at - 2 - MAX_FACILITY_WORDS - MAX_FACILITY_NAME); k--) {
    if (tokens[k].lower !== 'the') continue;
    const f = namedFacilityAt(view, k);
    return f?.to === at ? f : undefined;
  }
  return undefined;
}

/** How many words may describe a facility before "in" ("the Ukrainian naval base in X"). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * At token `n`, a facility described by its kind and place ("an arms depot in X", "the naval
 * bases near X"): the index of that place, or -1.
 */
function facilityItem(view: SentenceView, n: number): number {
  const { tokens, lexicon } = view;
  let k = n;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
  const end = Math.min(tokens.length - 2, k + MAX_DESCRIPTION_WORDS);
  for (; k < end; k++) {
    const t = tokens[k];
    if (!(t.demonym || (t.cap && view.actorAt[k] < 0) || /^\p{Ll}[\p{Ll}-]*$/u.test(t.text))) return -1;
    const head =
      lexicon.places.facilityHeads.has(t.lower) ||
      lexicon.places.facilityHeads.has(t.lower.replace(/s$/, ''));
    if (head && /^(?:in|near|at)$/.test(tokens[k + 1].lower)) return view.placeStart[k + 2];
  }
  return -1;
}

/**
 * "an air defence site in A, the naval base in B and an arms depot in C": after place `first`,
 * a list of facilities each with its place, closed by "and". The places (or the named facilities
 * there), or undefined when no such list follows.
 */
function facilityList(view: SentenceView, first: PlaceSpan): PlaceSpan[] | undefined {
  const { tokens, places } = view;
  const items = [first];
  let j = first.to;
  for (;;) {
    let n = j;
    if (tokens[n]?.text === ',') n++;
    const and = tokens[n]?.lower === 'and';
    if (and) n++;
    if (n === j) return undefined;
    const next = facilityItem(view, n);
    if (next < 0) return undefined;
    items.push(places[next]);
    j = places[next].to;
    if (and) return items.map((p) => namedFacilityIn(view, p) ?? p);
  }
}

/** A place and what follows it: a list ("A, B and C"), an enclosing place ("A, B", "A in B"). */
function collect(view: SentenceView, at: number): Omit<TargetGroup, 'right'> {
  const { tokens, places, placeStart } = view;
  const pi = placeOfHead(view, at);
  const first = pi === at ? places[pi] : regionOf(view, places[pi]);
  if (tokens[first.to]?.possessive) {
    // "Ukraine's northeastern Kharkiv region", "Ukraine's main port of Odesa": the possessive
    // place encloses the next one.
    for (let k = first.to + 1; k < Math.min(tokens.length, first.to + 5); k++) {
      if (placeStart[k] >= 0) return { ...collect(view, placeStart[k]), location: first };
      // "Ukraine's second-largest city, Kharkiv": the place in apposition to the description.
      if (tokens[k].text === ',' && k > first.to + 1 && placeStart[k + 1] >= 0)
        return { ...collect(view, placeStart[k + 1]), location: first };
      // "Ukraine's main fuel producer, the Kremenchuk oil refinery".
      const named = tokens[k].text === ',' && k > first.to + 1 ? namedFacilityAt(view, k + 1) : undefined;
      if (named) return { targets: [named], location: first };
      if (!/^\p{Ll}/u.test(tokens[k].text)) break;
    }
    return { targets: [first] };
  }
  const facilities = facilityList(view, first);
  if (facilities) return { targets: facilities };
  const facility = facilityAfter(view, first) ?? namedFacilityIn(view, first);
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
