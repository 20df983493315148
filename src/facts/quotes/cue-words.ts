/**
 * Whether a sentence holds a cue word of reported speech, as `lex.speech.cueWordRe` finds one,
 * asked of the Doc's tokens first: the expression (an alternation of some two hundred words)
 * runs over the sentence only when one of its tokens could hold a match.
 */
import type { Doc } from '../../model/doc';
import type { Sentence } from '../../model/text';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** Whether sentence `s` of `doc` holds a cue word: `doc.lexicon.speech.cueWordRe.test(s.text)`. */
export function hasCueWord(doc: Doc, s: Sentence): boolean {
  const re = doc.lexicon.speech.cueWordRe;
  const shortest = shortestCue(doc.lexicon);
  if (shortest === undefined) return re.test(s.text);
  const { tokens, tokenStarts } = doc;
  const end = tokenStarts[s.index + 1];
  for (let k = tokenStarts[s.index]; k < end; k++) {
    const t = tokens[k];
    if (t.text.length < shortest) continue;
    // A cue word (ASCII letters, matched between word boundaries) lies within one token: it is a
    // whole token of letters, or a part of a longer one ("well-said"), which the expression tests.
    if (isAsciiLetters(t.text) ? doc.lexicon.speech.cueWords.has(t.lower) : re.test(t.text))
      return re.test(s.text);
  }
  return false;
}

/** Length of the shortest cue word of `lex`; undefined when a cue word is not all ASCII letters. */
function shortestCue(lex: Lexicon): number | undefined {
  if (lex !== shortestOf) {
    const words = [...lex.speech.cueWords];
    shortest = words.every((w) => /^[a-z]+$/.test(w)) ? Math.min(...words.map((w) => w.length)) : undefined;
    shortestOf = lex;
  }
  return shortest;
}

let shortestOf: Lexicon | undefined;
let shortest: number | undefined;

function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
