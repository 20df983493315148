/**
 * Whether a sentence has an attack cue (`lexicon.attacks.sentenceCueRe`), asked once per sentence
 * of an article: the weapon finder, the slot-place finder and the attack stage all ask it of the
 * same sentences, and the cue pattern, an alternation of some fifty stems, scans every character.
 * Answers are kept with the article's sentence list, so they last as long as the article's Doc.
 */
import type { Lexicon } from '../lexicon/load-lexicon';
import type { Sentence } from '../model/text';

interface Answers {
  readonly lexicon: Lexicon;
  /** Per sentence: 0 not asked yet, 1 no cue, 2 a cue. */
  readonly marks: Uint8Array;
}

const answersOf = new WeakMap<readonly Sentence[], Answers>();

function answersFor(sentences: readonly Sentence[], lexicon: Lexicon): Answers {
  let answers = answersOf.get(sentences);
  if (answers === undefined || answers.lexicon !== lexicon) {
    answers = { lexicon, marks: new Uint8Array(sentences.length) };
    answersOf.set(sentences, answers);
  }
  return answers;
}

function answer(answers: Answers, sentences: readonly Sentence[], s: number): boolean {
  const mark = answers.marks[s];
  if (mark !== 0) return mark === 2;
  const cue = answers.lexicon.attacks.sentenceCueRe.test(sentences[s].text);
  answers.marks[s] = cue ? 2 : 1;
  return cue;
}

/** `lexicon.attacks.sentenceCueRe.test(sentences[s].text)`, remembered for the sentence list. */
export function hasAttackCue(sentences: readonly Sentence[], s: number, lexicon: Lexicon): boolean {
  return answer(answersFor(sentences, lexicon), sentences, s);
}

/** The sentences with an attack cue, in order. */
export function attackCueSentences(sentences: readonly Sentence[], lexicon: Lexicon): Sentence[] {
  const answers = answersFor(sentences, lexicon);
  const out: Sentence[] = [];
  for (let s = 0; s < sentences.length; s++) if (answer(answers, sentences, s)) out.push(sentences[s]);
  return out;
}
