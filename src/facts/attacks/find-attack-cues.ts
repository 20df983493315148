/**
 * Attack cues of one sentence: attack verbs ("shelled", "fired … at") and attack nouns
 * ("strike", "air raid", "artillery fire"), with voice, kind and number, after the checks that
 * tell an attack verb from the same word in other senses ("fired the chief", "a general strike").
 */
import type { AttackKind, VerbCue } from './attack-cues';
import type { SentenceView } from './attack-sentence';
import { fallReport, hasComplement, particleAt, placeSubject } from './ground-frames';

export interface Cue {
  /** Token range of the cue (the verb with its particle, or the noun). */
  readonly from: number;
  readonly to: number;
  readonly verb: boolean;
  readonly passive: boolean;
  readonly need: VerbCue['need'];
  readonly kind?: AttackKind;
  /** A plural noun ("strikes"): with only a country as target, a campaign rather than an event. */
  readonly plural: boolean;
  /** The word form ends in -ing ("shelling", "targeting"): it may take a direct object. */
  readonly ing: boolean;
  /** A capture, fall or advance on a place ("captured", "fell to", "advanced on", "the capture of"): a ground event, whose toll and date are a strike's when both are told. */
  readonly ground?: boolean;
}

const BE = new Set('was were been being is are be get got gets'.split(' '));
/** Base forms that are verbs only after their subject or "continued to" ("a shell", "the fire"). */
const BASE_FORMS = new Set(['shell', 'fire']);
/** Past participles of attack verbs ("shelled", "hit", "struck", "shot"). */
const PARTICIPLE = /(?:ed|^hit|^struck|^shot)$/;
const AT_WORDS = new Set('at on upon into toward towards'.split(' '));
const ACTOR_KINDS_FOR_VERB = new Set(['country', 'force', 'group', 'pronoun', 'weapon']);

/** Finds the attack cues of a sentence, left to right. */
export function findCues(view: SentenceView): Cue[] {
  const out: Cue[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(view, i);
    if (cue) {
      out.push(cue);
      i = cue.to - 1;
    }
  }
  return out;
}

function cueAt(view: SentenceView, i: number): Cue | undefined {
  const { tokens } = view;
  const t = tokens[i];
  const w = t.lower;
  const next = tokens[i + 1]?.lower ?? '';
  if (w === 'opened' && next === 'fire') {
    return {
      from: i,
      to: i + 2,
      verb: true,
      passive: false,
      need: 'none',
      kind: 'clash',
      plural: false,
      ing: false,
    };
  }
  const { verbs, nouns, fireNouns, labourWords, kindModifiers } = view.lexicon.attacks;
  const weapons = view.lexicon.weapons.words;
  const verbCue = verbs.get(w);
  const nounKind = nouns.get(w);
  const isNoun = nouns.has(w) || (fireNouns.has(w) && weapons.has(tokens[i - 1]?.lower ?? ''));
  // "came under Russian artillery fire": a noun, whatever stands before it.
  const under = (nouns.has(w) || fireNouns.has(w)) && underAttack(view, i);
  if (verbCue && !under && BASE_FORMS.has(w) && !followsActor(view, i) && !afterContinue(view, i))
    return undefined;
  if (verbCue && !under && (!isNoun || followsActor(view, i))) return verbAt(view, i, verbCue);
  if (!isNoun && !under) return undefined;
  const prev = tokens[i - 1]?.lower ?? '';
  if ((w === 'strike' || w === 'strikes') && labourWords.has(prev)) return undefined;
  // "failed to capture X", "plans to capture X": the verb of a goal, not an event.
  if (prev === 'to' && view.lexicon.attacks.goalNouns.has(w)) return undefined;
  // "his remarks were offensive": the adjective.
  if (w === 'offensive' && (BE.has(prev) || /^(?:very|so|most|more|deeply)$/.test(prev))) return undefined;
  let kind = nounKind ?? weapons.get(prev)?.[1];
  for (let k = i - 1; k >= Math.max(0, i - 2) && !kind; k--) kind = kindModifiers.get(tokens[k].lower);
  const plural = w.endsWith('s') && w !== 'gunfire';
  return {
    from: i,
    to: i + 1,
    verb: false,
    // "X came under heavy attack": the subject is the target, as of a passive.
    passive: under,
    need: 'none',
    kind,
    plural,
    ing: w.endsWith('ing'),
    ...(view.lexicon.attacks.goalNouns.has(w) ? { ground: true } : {}),
  };
}

/** Forms of "come" and "be" that take "under attack" ("came under fire", "is under attack"). */
const UNDER_VERBS = new Set('come comes came coming been is are was were remains remained'.split(' '));

/** Whether the attack noun at `i` follows "came under" (with up to three modifiers: "came under heavy Russian artillery fire"). */
function underAttack(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
    if (tokens[k].lower === 'under') return UNDER_VERBS.has(tokens[k - 1].lower);
  }
  return false;
}

/** "continued to fire artillery at …" */
function afterContinue(view: SentenceView, i: number): boolean {
  return (
    view.tokens[i - 1]?.lower === 'to' &&
    view.lexicon.attacks.continueVerbs.has(view.tokens[i - 2]?.lower ?? '')
  );
}

/** An ambiguous form ("attacks") is a verb right after its subject. */
function followsActor(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && view.lexicon.attacks.verbAdverbs.has(view.tokens[k].lower)) k--;
  const a = k >= 0 ? view.actorAt[k] : -1;
  if (a < 0) return false;
  const actor = view.actors[a];
  return !actor.possessive && actor.to === k + 1 && ACTOR_KINDS_FOR_VERB.has(actor.kind);
}

function verbAt(view: SentenceView, i: number, cue: VerbCue): Cue | undefined {
  const { tokens } = view;
  const w = tokens[i].lower;
  let to = i + 1;
  if (cue.particle) {
    // "swept through", "advanced from the north on X", "moved south from A to B".
    const p = particleAt(view, i + 1, cue.particle);
    if (p < 0) return undefined;
    to = p + 1;
  }
  if (cue.complement && !hasComplement(view, to, cue.complement)) return undefined;
  // "X fell to Y", "X fell on Saturday": a named place is the subject.
  const placeSubjectVerb = cue.need === 'place-subject';
  if (placeSubjectVerb && (placeSubject(view, i) < 0 || !fallReport(view, i))) return undefined;
  if (w === 'shot' && tokens[i + 1]?.lower === 'down') return undefined;
  let k = i - 1;
  while (k >= 0 && view.lexicon.attacks.verbAdverbs.has(tokens[k].lower)) k--;
  const before = tokens[k]?.lower ?? '';
  if (before === 'to' && !view.lexicon.attacks.continueVerbs.has(tokens[k - 1]?.lower ?? ''))
    return undefined;
  // "was shelled", and the reduced passive "the city of X, hit by 13 missiles".
  // "were pushing into X" is progressive, not passive.
  const passive =
    placeSubjectVerb ||
    (BE.has(before) && !w.endsWith('ing')) ||
    (tokens[to]?.lower === 'by' && PARTICIPLE.test(w));
  // "exhibits of captured equipment", "the targeted attacks": a participle used as an adjective.
  if (/^(?:the|a|an|of|with|its|their)$/.test(before) && w.endsWith('ed')) return undefined;
  if (cue.need === 'weapon-or-at' || cue.need === 'weapon') {
    let ok = false;
    for (let j = to; j < Math.min(tokens.length, to + 8) && !ok; j++) {
      const x = tokens[j];
      ok =
        view.lexicon.weapons.words.has(x.lower) ||
        view.lexicon.attacks.nouns.has(x.lower) ||
        (cue.need === 'weapon-or-at' && AT_WORDS.has(x.lower)) ||
        (x.text.length >= 3 && x.text === x.text.toUpperCase() && /\p{Lu}/u.test(x.text) && j === to);
    }
    if (!ok) return undefined;
  }
  return {
    from: i,
    to,
    verb: true,
    passive,
    need: cue.need,
    kind: cue.kind,
    plural: false,
    ing: w.endsWith('ing'),
    ...(isGround(cue) ? { ground: true } : {}),
  };
}

/** A verb of taking or advancing on a place ("captured", "took", "fell", "advanced on"). */
function isGround(cue: VerbCue): boolean {
  if (cue.complement !== undefined) return false;
  return (
    cue.need === 'place-object' ||
    cue.need === 'armed-place-object' ||
    cue.need === 'place-subject' ||
    (cue.kind === 'clash' && cue.particle !== undefined)
  );
}
