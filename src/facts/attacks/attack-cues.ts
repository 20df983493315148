/**
 * General vocabulary of attack reports: attack verbs and nouns, weapon words, armed-actor head
 * nouns, place-type nouns and words that make a report hypothetical. The lists are data
 * (`data/attack-cues.json`, `weapons.json`, `place-heads.json`, read by the lexicon loader);
 * prepositions and negations are in `text/grammar-words.ts`.
 */

import { defaultLexicon } from '../../lexicon/load-lexicon';
import type { AttackKind, VerbCue } from '../../lexicon/load-lexicon';

export type { AttackKind, VerbCue, VerbNeed } from '../../lexicon/load-lexicon';
export { NEGATIONS, NON_TARGET_PREPOSITIONS, TARGET_PREPOSITIONS } from '../../text/grammar-words';

const LEX = defaultLexicon();

/** Attack verbs in reporting forms (past, present, participle). */
export const VERB_CUES: ReadonlyMap<string, VerbCue> = LEX.attacks.verbs;
/** Attack nouns; the kind, when the noun alone says it. */
export const NOUN_CUES: ReadonlyMap<string, AttackKind | undefined> = LEX.attacks.nouns;
/** Nouns that are an attack only after a weapon word ("artillery fire", "rocket fire"). */
export const FIRE_NOUNS: ReadonlySet<string> = LEX.attacks.fireNouns;
/** Words before an attack noun that fix its kind ("air raid", "ground offensive"). */
export const KIND_MODIFIERS: ReadonlyMap<string, AttackKind> = LEX.attacks.kindModifiers;
/** Weapon head words → canonical weapon word and kind. */
export const WEAPONS: ReadonlyMap<string, readonly [string, AttackKind]> = LEX.weapons.attackHeads;
/** Modifiers kept in the canonical weapon word ("ballistic missile", "cluster bomb"). */
export const WEAPON_MODIFIERS: ReadonlySet<string> = LEX.weapons.attackModifiers;
/** Head nouns that make a demonym an armed actor ("Russian forces", "an Israeli warplane"). */
export const FORCE_NOUNS: ReadonlySet<string> = LEX.attacks.forceNouns;
/** Words that may sit between a demonym and its head noun ("Russian military forces"). */
export const ACTOR_FILLERS: ReadonlySet<string> = LEX.attacks.actorFillers;
/** Nouns that name a kind of place ("the town of X", "X region"). */
export const PLACE_NOUNS: ReadonlySet<string> = LEX.places.nouns;
/** Place-type suffixes that stay part of a target's name ("Kursk region"). */
export const REGION_SUFFIXES: ReadonlySet<string> = LEX.places.regionSuffixes;
/** Last words of a facility's name ("… Research Plant", "… Air Base"). */
export const FACILITY_HEADS: ReadonlySet<string> = LEX.places.facilityHeads;
/** Light verbs whose subject carries out the attack noun that follows ("launched an attack"). */
export const LIGHT_VERBS: ReadonlySet<string> = LEX.attacks.lightVerbs;
/** Words that make a clause a plan, threat, capability, question of fact or denial. */
export const IRREALIS: ReadonlySet<string> = LEX.attacks.irrealis;
/** Verbs of interception: they defend against an attack, never make one. */
export const INTERCEPT_VERBS: ReadonlySet<string> = LEX.attacks.interceptVerbs;
/** Words that make an article a conflict report (the attack stage stays quiet otherwise). */
export const CONFLICT_RE: RegExp = LEX.attacks.conflictRe;
/** Cheap prefilter: a sentence without any of these words holds no attack. */
export const SENTENCE_CUE_RE: RegExp = LEX.attacks.sentenceCueRe;
