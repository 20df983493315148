/**
 * Vocabulary for quote extraction: verbs of saying, verbs that take a noun-phrase object,
 * words that name an unnamed source, role titles, media and adverbials around attributions.
 * The lists are data (`data/*.json`, read by the lexicon loader); the grammar words are in
 * `text/grammar-words.ts`.
 */

import { defaultLexicon } from '../../lexicon/load-lexicon';

const LEX = defaultLexicon();

export {
  DETERMINERS,
  INTRO_WORDS,
  NOUN_PHRASE_OPENERS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PHRASE_BREAKERS,
  POSSESSIVE_DETERMINERS,
} from '../../text/grammar-words';

/** Verbs of saying (`data/speech-verbs.json`); `-ing` forms are left out on purpose. */
export const SPEECH_VERBS: ReadonlySet<string> = LEX.speech.verbs;
/** The "saying" participle introduces speech ("…, saying: “…”"); other participles do not. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = LEX.speech.participles;
/** Participles that continue an earlier attribution and start no new record ("adding", "noting"). */
export const CONTINUING_PARTICIPLES: ReadonlySet<string> = LEX.speech.continuingParticiples;
/** Verbs that report speech only with "that" ("posted that …", not "posted updates"). */
export const THAT_ONLY_VERBS: ReadonlySet<string> = LEX.speech.thatOnly;
/** Verb forms that are also common nouns ("states", "reports", "remarks"): a clause must follow "that". */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = LEX.speech.nounLike;
/** Past and third-person forms of the verbs of saying, which never sit inside a speaker phrase. */
export const FINITE_SPEECH_FORMS: ReadonlySet<string> = LEX.speech.finite;
/** Verbs whose object may be a bare noun phrase and still be a report ("confirmed damage to …"). */
export const NOUN_OBJECT_VERBS: ReadonlySet<string> = LEX.speech.nounObject;
/** Verbs that need an addressee before the clause ("told reporters that …"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = LEX.speech.addressee;
/** Auxiliaries and adverbs that may stand between a speaker and the verb ("has also said"). */
export const VERB_MODIFIERS: ReadonlySet<string> = LEX.speech.verbModifiers;
/** Words of time that, with a preposition or alone, stand around a verb ("on Tuesday", "last week"). */
export const TIME_WORDS: ReadonlySet<string> = LEX.time.speech;
/** Head nouns of unnamed or collective sources ("a senior official", "people familiar with …"). */
export const SOURCE_NOUNS: ReadonlySet<string> = LEX.sources.nouns;
/** Role and title words that describe a person ("spokesman", "secretary-general"). */
export const ROLE_WORDS: ReadonlySet<string> = LEX.titles.roles;
/** Platforms and formats that carry a statement: "on Telegram", "in a video address". */
export const MEDIUM_PATTERN: RegExp = LEX.media.mediumRe;
/** Head nouns of news media: "the Reuters news agency" is named by its proper name. */
export const MEDIA_HEADS: ReadonlySet<string> = LEX.media.heads;
/** Words that end an organization's name inside a longer title ("Bureau of … Affairs Karen Donfried"). */
export const ORG_WORDS: ReadonlySet<string> = LEX.orgs.nameEnders;
/** Finds any cue word of reported speech in a sentence; sentences without one are not tokenized. */
export const CUE_WORD: RegExp = LEX.speech.cueWordRe;
