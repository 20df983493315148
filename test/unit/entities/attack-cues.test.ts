import { attackCueSentences, hasAttackCue } from '../../../src/entities/attack-cues';
import { defaultLexicon } from '../../../src/lexicon/load-lexicon';
import type { Sentence } from '../../../src/model/text';

const sentencesOf = (...texts: string[]): Sentence[] => {
  let start = 0;
  return texts.map((text, index) => {
    const s = { index, start, end: start + text.length, text };
    start = s.end + 1;
    return s;
  });
};

describe('hasAttackCue', () => {
  const lexicon = defaultLexicon();

  it('tells the sentences that report an attack from the others', () => {
    const sentences = sentencesOf(
      'Drones struck a depot in Velmarsk overnight.',
      'The mayor opened a new library on Tuesday.',
      'Artillery shelled the outskirts of the town.',
    );
    expect(sentences.map((_, k) => hasAttackCue(sentences, k, lexicon))).toEqual([true, false, true]);
  });

  it('answers a second list of sentences by its own texts, not by the first list', () => {
    const first = sentencesOf('The mayor opened a new library.');
    const second = sentencesOf('Rockets hit the harbour.');
    expect(hasAttackCue(first, 0, lexicon)).toBe(false);
    expect(hasAttackCue(second, 0, lexicon)).toBe(true);
    expect(hasAttackCue(first, 0, lexicon)).toBe(false);
  });
});

describe('attackCueSentences', () => {
  it('lists the sentences with an attack cue, in order', () => {
    const sentences = sentencesOf(
      'Missiles struck the port.',
      'Talks resumed in the capital.',
      'A drone attack damaged a bridge.',
    );
    expect(attackCueSentences(sentences, defaultLexicon()).map((s) => s.index)).toEqual([0, 2]);
  });
});
