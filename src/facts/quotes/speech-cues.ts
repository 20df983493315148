/**
 * Grammar words of quote extraction, re-exported from `text/grammar-words.ts`. The open-class
 * vocabulary of the quote stage (verbs of saying, source nouns, role titles, media, time words)
 * is data in `data/*.json`, read by the lexicon loader and handed to the stage as `lex`.
 */
export {
  DETERMINERS,
  INTRO_WORDS,
  NOUN_PHRASE_OPENERS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PHRASE_BREAKERS,
  POSSESSIVE_DETERMINERS,
} from '../../text/grammar-words';
