/**
 * The attacker of one attack cue: the subject of an attack verb ("Russian forces shelled"), the
 * agent of a passive ("was shelled by Russian troops"), the possessive or demonym of an attack
 * noun ("Moscow's attack", "Russian shelling"), or the subject of the light verb that carries the
 * noun ("Russia launched its biggest drone attack").
 */
import { NEGATIONS } from './attack-cues';
import type { ActorSpan } from './attack-actors';
import type { Cue } from './find-attack-cues';
import type { PlaceSpan } from './attack-place-span';
import type { SentenceView } from './attack-sentence';

export interface CueActor {
  readonly actor?: ActorSpan;
  /** A place written as a modifier of the attack noun ("Gaza ground offensive"). */
  readonly modifierTarget?: PlaceSpan;
  /** The noun follows "for" ("missiles for a winter attack"): a purpose, not an event. */
  readonly purpose: boolean;
}

const MAX_SUBJECT_DISTANCE = 20;
const NP_WORDS = /^(?:\p{Ll}[\p{Ll}-]*|\p{N}[\p{N},.]*|-)$/u;
const STOP_NP = new Set(
  'of in on at to by from with and or for after before during since as that which who'.split(' '),
);
/** Words that open another clause, whose modality is its own ("would retake X, which Y took"). */
const WINDOW_STOPS = new Set([
  'after',
  'when',
  'since',
  'because',
  'but',
  'while',
  'following',
  ';',
  'which',
]);

/** Whether the words before a cue make it a plan, threat, capability, denial or negation. */
export function isIrrealis(view: SentenceView, cue: Cue): boolean {
  const { tokens } = view;
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - 12); k--) {
    const t = tokens[k];
    if (WINDOW_STOPS.has(t.lower)) break;
    if (view.lexicon.attacks.irrealis.has(t.lower) && !(t.cap && t.lower === 'may')) return true;
    if (NEGATIONS.has(t.lower) && cue.from - k <= 3) return true;
  }
  return false;
}

/** Finds the actor of a cue in its sentence (a pronoun is returned as such, for the caller to resolve). */
export function findCueActor(view: SentenceView, cue: Cue): CueActor {
  // "X fell to pro-Russian forces": the agent follows "to".
  if (cue.need === 'place-subject') return { actor: byAgent(view, cue.to, 'to'), purpose: false };
  if (cue.verb)
    return { actor: cue.passive ? byAgent(view, cue.to) : subjectOf(view, cue.from), purpose: false };
  return nounActor(view, cue);
}

/** Relative pronouns that stand for the subject of the verb after them ("strikes that killed"). */
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * The nearest actor to the left that is not a place after a preposition, nor, for a verb after
 * "and", the complement of "of" ("killed scores of Russian soldiers and destroyed …": the
 * soldiers are the first verb's object). After a
 * relative pronoun ("strikes in X, central Ukraine, that killed 23") the subject is the pronoun's
 * antecedent: an actor right before it ("Russian forces, who shelled …"), else none.
 */
export function subjectOf(view: SentenceView, at: number): ActorSpan | undefined {
  const { tokens } = view;
  let r = at - 1;
  while (r >= 0 && view.lexicon.attacks.verbAdverbs.has(tokens[r].lower)) r--;
  if (r >= 0 && RELATIVES.has(tokens[r].lower)) {
    const k = tokens[r - 1]?.text === ',' ? r - 2 : r - 1;
    const a = k >= 0 ? view.actorAt[k] : -1;
    return a >= 0 && view.actors[a].kind !== 'country' ? view.actors[a] : undefined;
  }
  // "X killed scores of Russian soldiers and destroyed …": a second verb shares the first one's subject.
  const coordinated = tokens[r]?.lower === 'and';
  for (let k = at - 1; k >= Math.max(0, at - MAX_SUBJECT_DISTANCE); k--) {
    if (tokens[k].text === ';') return undefined;
    const a = view.actorAt[k];
    if (a < 0) continue;
    const actor = view.actors[a];
    if (!actor.afterPreposition && !(coordinated && ofComplement(view, actor))) return actor;
    k = actor.from;
  }
  return undefined;
}

/** "scores of Russian soldiers", "the commander of Russian forces" (not "units of the Russian army"). */
function ofComplement(view: SentenceView, actor: ActorSpan): boolean {
  const { tokens } = view;
  let k = actor.from - 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'of' && !view.lexicon.attacks.forceNouns.has(tokens[k - 1]?.lower ?? '');
}

function byAgent(view: SentenceView, at: number, word = 'by'): ActorSpan | undefined {
  const { tokens } = view;
  for (let j = at; j < Math.min(tokens.length, at + 4); j++) {
    if (tokens[j].lower !== word) continue;
    let k = j + 1;
    while (k < tokens.length && /^(?:the|a|an)$/.test(tokens[k].lower)) k++;
    const a = k < tokens.length ? view.actorAt[k] : -1;
    return a >= 0 ? view.actors[a] : undefined;
  }
  return undefined;
}

/**
 * Whether the words `[from, to)` between a place and an attack noun are modifiers of the noun
 * ("Gaza ground offensive", "the Kyiv drone attack"), so the place names where the attack hit;
 * "X followed a barrage" has a verb between.
 */
function modifies(view: SentenceView, from: number, to: number): boolean {
  const { attacks, weapons } = view.lexicon;
  for (let k = from; k < to; k++) {
    const t = view.tokens[k];
    const w = t.lower;
    if (!(
      attacks.kindModifiers.has(w) ||
      attacks.actorFillers.has(w) ||
      weapons.words.has(w) ||
      weapons.modifiers.has(w) ||
      t.demonym ||
      w.includes('-')
    ))
      return false;
  }
  return true;
}

function nounActor(view: SentenceView, cue: Cue): CueActor {
  const { tokens } = view;
  let modifierTarget: PlaceSpan | undefined;
  let pronoun: ActorSpan | undefined;
  // Past a determiner the noun phrase has begun: a place further left is not its modifier
  // ("the city of X followed a barrage on Y").
  let determined = false;
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - 7); k--) {
    const t = tokens[k];
    determined ||= /^(?:a|an|the)$/.test(t.lower);
    if (t?.possessive && k > 0) {
      const owner = view.actorAt[k - 1];
      if (owner >= 0) return { actor: view.actors[owner], modifierTarget, purpose: false };
      const w = tokens[k - 1];
      if (
        !w.cap ||
        view.placeEnd[k - 1] >= 0 ||
        view.named[k - 1] ||
        view.lexicon.time.actorStopRe.test(w.text)
      )
        break;
      const group: ActorSpan = {
        from: k - 1,
        to: k,
        name: w.text,
        kind: 'group',
        possessive: true,
        afterPreposition: false,
      };
      return { actor: group, modifierTarget, purpose: false };
    }
    const a = view.actorAt[k];
    if (a >= 0) {
      const actor = view.actors[a];
      if (actor.kind === 'pronoun') pronoun = actor;
      else if (!actor.afterPreposition && (actor.possessive || actor.kind !== 'country')) {
        return { actor, modifierTarget, purpose: false };
      } else {
        // "the Madrid bombing": a bare place name before the noun says where, not who.
        const p = view.placeEnd[actor.to - 1];
        if (p >= 0 && actor.to === cue.from) modifierTarget = view.places[p];
        break;
      }
      k = actor.from;
      continue;
    }
    const p = view.placeEnd[k];
    if (p >= 0 && !tokens[k + 1]?.possessive) {
      if (determined) break;
      if (modifies(view, k + 1, cue.from)) modifierTarget = view.places[p];
      k = view.places[p].from;
      continue;
    }
    if (t.lower === 'for') return { modifierTarget, purpose: true };
    // "It said attacks of the past week …": the speaker is not the attacker.
    if (view.lexicon.attacks.reportingVerbs.has(t.lower)) break;
    // "Russian siege and bombardment": the demonym before the first noun of the pair.
    if (/^(?:and|or)$/.test(t.lower) && k === cue.from - 1 && k >= 2) {
      const a = view.actorAt[k - 2];
      if (a >= 0 && view.actors[a].kind === 'cue' && view.actors[a].to === k - 1)
        return { actor: view.actors[a], modifierTarget, purpose: false };
    }
    if (view.lexicon.attacks.lightVerbs.has(t.lower) && !/^(?:its|their|his|her|out|up)$/.test(t.lower)) {
      return { actor: subjectOf(view, k) ?? pronoun, modifierTarget, purpose: false };
    }
    if (
      STOP_NP.has(t.lower) ||
      !(NP_WORDS.test(t.text) || view.lexicon.weapons.words.has(t.lower) || /^(?:its|their)$/.test(t.lower))
    ) {
      if (!/^(?:out|up)$/.test(t.lower)) break;
    }
  }
  const after = byAgent(view, cue.to);
  if (after) return { actor: after, modifierTarget, purpose: false };
  // "accused Ukrainian forces of shelling …"
  if (tokens[cue.from - 1]?.lower === 'of' && cue.from >= 2) {
    const a = view.actorAt[cue.from - 2];
    if (a >= 0 && view.actors[a].kind !== 'country')
      return { actor: view.actors[a], modifierTarget, purpose: false };
  }
  return { actor: pronoun, modifierTarget, purpose: false };
}
