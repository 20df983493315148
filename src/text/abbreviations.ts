/**
 * Word lists for the sentence splitter and tokenizer: general English vocabulary only
 * (titles, ranks, months, company suffixes, Latin shorthands, common sentence openers).
 */

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w.length > 0));
}

/** Titles and ranks written before a name: their period never ends a sentence ("Gen. Smith"). */
export const TITLE_ABBREVIATIONS = wordSet(`
  mr mrs ms messrs dr prof rev fr hon sen sens rep reps del gov pres amb atty supt insp det
  gen lt col maj capt cpt cmdr cdr adm sgt cpl pvt brig lieut st mt ft
`);

/**
 * Abbreviations that may also close a sentence ("Acme Corp.", "approx."): the period ends the
 * sentence only when a usual sentence opener follows.
 */
export const OTHER_ABBREVIATIONS = wordSet(`
  jr sr vs fig vol pp ave blvd rd dept univ est approx ca cf al etc inc corp co ltd bros plc
`);

/** Month abbreviations: not a sentence end before a number or a lower-case word ("Feb. 26"). */
export const MONTH_ABBREVIATIONS = wordSet('jan feb mar apr jun jul aug sep sept oct nov dec');

/**
 * Words that commonly open a sentence. After an initialism such as "U.S." or "p.m.", a following
 * capitalised word from this list signals a new sentence ("in the U.S. The talks…"); any other
 * capitalised word continues the name ("the U.S. Army").
 */
export const SENTENCE_STARTERS = wordSet(`
  a an the he she it they we i you his her its their our my this that these those there here
  but and or so yet in on at for from with by to of if when while after before since as
  some many most several all any each every however meanwhile also still both no not one two three
  what who why how where which earlier later last next
`);

/** True when `word` (without its final period) is a known abbreviation, a single letter or "U.S". */
export function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    TITLE_ABBREVIATIONS.has(lower) ||
    OTHER_ABBREVIATIONS.has(lower) ||
    MONTH_ABBREVIATIONS.has(lower) ||
    lower === 'no' ||
    (word.length <= 2 && /^\p{L}$/u.test(word)) ||
    // A letter (one or two UTF-16 units) and a period: the only words the initialism pattern can match.
    (word.length > 2 &&
      (word.charCodeAt(1) === 0x2e || word.charCodeAt(2) === 0x2e) &&
      /^\p{L}(?:\.\p{L})+$/u.test(word))
  );
}
