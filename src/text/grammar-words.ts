/**
 * Closed-class grammar words shared by the extraction stages: pronouns, determiners,
 * prepositions and negations. Each list is declared once, here; open-class word lists (verbs,
 * nouns, titles, places …) are data in `data/*.json`, read by `lexicon/load-lexicon.ts`.
 */

/** Builds a lower-case set from space-separated words. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Personal pronouns that can name a speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = words('he she');
export const OTHER_PRONOUNS: ReadonlySet<string> = words('it they we i you who which');

/** Capitalised words that start an introductory adverbial and so never begin a speaker phrase. */
export const INTRO_WORDS: ReadonlySet<string> = words(
  'on in at after before during with without despite amid since until as when while if but and ' +
    'although though because whereas ' +
    'so yet meanwhile however also then last this speaking asked according earlier later',
);

/** Prepositions and relatives that end the head of a speaker phrase ("officials in Kyiv"). */
export const PHRASE_BREAKERS: ReadonlySet<string> = words(
  'of in for from at with on to by close familiar involved who which that whose briefed near',
);

/** Determiners that may begin a described source ("a senior diplomat", "the official"). */
export const DETERMINERS: ReadonlySet<string> = words(
  'a an the one two three several some many most other another both all his her their its our ' +
    'this that these those no any each',
);

/** Possessive determiners that may begin a described source ("his lawyer", "their attorneys"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = words('his her their its our');

/** Articles and possessives that open a noun phrase ("a statement", "his interview"). */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  ...POSSESSIVE_DETERMINERS,
]);

/** Prepositions that introduce the place attacked or the place where it happened. */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...'on at in near into against over across toward towards around outside inside upon through of'.split(' '),
  'onto',
]);

/** Prepositions after which a place is not the target ("from Belarus", "to Kyiv"). */
export const NON_TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(
  'from to by between with for about than like via'.split(' '),
);

/** Words after which a word that is a verb or a noun is the verb ("to launch", "can attack", "they strike"). */
export const VERB_CONTEXT_WORDS: ReadonlySet<string> = words(
  'to will would can could may might shall should must do does did not never ' +
    'i you he she it we they who which that',
);

/** Negation words checked just before an attack cue. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'without']);
