import { hasCueWord } from '../../../src/facts/quotes/cue-words';
import { textDocOf } from '../../support/doc';

describe('cue words of reported speech', () => {
  it('are found in a sentence exactly where the cue expression finds them', () => {
    const text = [
      'The mayor said the port would close.',
      'Nobody spoke at the meeting on Monday.',
      'It was well-said, the envoy conceded.',
      'The ruling was well-said by all.',
      'The file _said nothing new.',
      'A film called Saidov opened in Kyiv.',
      'Per the Café-reported figures, prices rose.',
      'The score was 3said4 at the break.',
      'ACCORDING TO the ministry, two ships sank.',
      'Sales rose 5% in March.',
      'She told reporters: “Not today.”',
      'The tellers counted the votes.',
      'Prices rose 5%, SAID the report.',
      'The rule was said_ to apply.',
      'Bombs fell on Kyiv;reported earlier.',
      'The ésaid and saidé forms are rare.',
    ].join(' ');
    const doc = textDocOf(text);
    const re = doc.lexicon.speech.cueWordRe;
    const found = doc.sentences.map((s) => hasCueWord(s.text, doc.lexicon));
    expect(found).toEqual(doc.sentences.map((s) => re.test(s.text)));
    const words = [
      'said',
      'x said',
      'said2',
      '2said',
      'Said.',
      'unsaid',
      '_said',
      'said_',
      'a-said',
      'é-SAID',
    ];
    expect(words.map((w) => hasCueWord(w, doc.lexicon))).toEqual(words.map((w) => re.test(w)));
    expect(found.filter((f) => f).length).toBeGreaterThanOrEqual(5);
    expect(found.filter((f) => !f).length).toBeGreaterThanOrEqual(4);
  });
});
