/**
 * Word tokens of an article with the flags the name finder needs: capitalised, possessive,
 * sentence-initial, plus the set of words the article also writes in lower case (a capitalised
 * word that the article uses in lower case elsewhere is an ordinary word, not a name).
 */
import type { Sentence, Token } from '../model/text';
import { tokenize } from '../text/tokenize';
import { lookupName, type LexiconHit } from './lexicon';
import { normaliseName } from './normalise-name';

export interface ScannedToken extends Token {
  readonly lower: string;
  /** `normaliseName(text)`, computed once: the token's key in the lexicons. */
  readonly norm: string;
  /** For a capitalised token: the lexicon's answer for the token alone (see `tokenHit`). */
  readonly hit: LexiconHit | undefined;
  /** Starts with a capital letter (or is a particle of a name such as "al-Sisi"). */
  readonly cap: boolean;
  /** All letters are capitals and there are at least two ("NATO", "U.S.", "G7"). */
  readonly acronym: boolean;
  readonly word: boolean;
  readonly possessive: boolean;
  /** First word of its sentence, of a line, or after an opening quotation mark or a colon. */
  readonly initial: boolean;
}

export interface ScannedArticle {
  readonly sentences: readonly ScannedToken[][];
  /** Lower-case forms of words the article writes starting with a lower-case letter. */
  readonly lowerWords: ReadonlySet<string>;
  /** Lower-case forms of capitalised words seen in a non-initial position. */
  readonly midCapWords: ReadonlySet<string>;
}

const CAP_RE = /^(?:\p{Lu}|(?:al|el|ad|as|bin|ibn|abu|de|van|von|da|di)-\p{Lu}|\p{N}+\p{Lu})/u;
const WORD_RE = /^[\p{L}\p{N}]/u;
const OPENERS = new Set(['“', '‘', '"', "'", '(', '[', '«', ':', '-', '–', '—', '•', '*', '|']);

const ACRONYM_RE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&/-]*[\p{Lu}\p{N}.]$/u;
const isAcronym = (s: string): boolean => ACRONYM_RE.test(s) && /\p{Lu}/u.test(s);

/** `normaliseName(text)` of a token whose lower-case form is `lower`, without a cache lookup when plain. */
function normOf(text: string, lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return normaliseName(text);
  }
  return lower.length > 0 ? lower : normaliseName(text);
}

/** The lexicon's answer for one token, as `lookupName(normaliseName(t.text), t.acronym)` gives it. */
export function tokenHit(t: ScannedToken): LexiconHit | undefined {
  return t.cap ? t.hit : lookupName(t.norm, t.acronym);
}

/** Tokenises every sentence of `text` and flags each token. */
export function scanTokens(text: string, sentences: readonly Sentence[]): ScannedArticle {
  const lowerWords = new Set<string>();
  const midCapWords = new Set<string>();
  const out: ScannedToken[][] = [];
  for (const sentence of sentences) {
    const raw = tokenize(text, sentence);
    const tokens: ScannedToken[] = [];
    let prevWord = false;
    for (let i = 0; i < raw.length; i++) {
      const t = raw[i];
      const word = WORD_RE.test(t.text);
      const lower = t.text.toLowerCase();
      const possessive = lower === '’s' || lower === "'s";
      const prev = i > 0 ? raw[i - 1].text : '';
      const lineStart = t.start === 0 || text[t.start - 1] === '\n';
      const initial = word && (!prevWord || OPENERS.has(prev) || lineStart);
      const cap = word && CAP_RE.test(t.text);
      const acronym = cap && t.text.length >= 2 && isAcronym(t.text);
      const norm = normOf(t.text, lower);
      tokens.push({
        start: t.start,
        end: t.end,
        text: t.text,
        sentence: t.sentence,
        lower,
        norm,
        hit: cap ? lookupName(norm, acronym) : undefined,
        cap,
        acronym,
        word,
        possessive,
        initial,
      });
      if (word && !cap && /^\p{Ll}/u.test(t.text)) lowerWords.add(lower);
      if (cap && !initial) midCapWords.add(lower);
      if (word || possessive) prevWord = true;
    }
    out.push(tokens);
  }
  return { sentences: out, lowerWords, midCapWords };
}
