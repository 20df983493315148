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
    ].join(' ');
    const doc = textDocOf(text);
    const found = doc.sentences.map((s) => hasCueWord({ ...doc, entities: [] }, s));
    expect(found).toEqual(doc.sentences.map((s) => doc.lexicon.speech.cueWordRe.test(s.text)));
    expect(found.filter((f) => f).length).toBeGreaterThanOrEqual(5);
    expect(found.filter((f) => !f).length).toBeGreaterThanOrEqual(4);
  });
});
