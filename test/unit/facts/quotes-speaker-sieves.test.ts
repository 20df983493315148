import { quotesOf } from './quotes-helpers';

const TITLE = 'Harbour news\n';
const rules = (text: string, specs: Parameters<typeof quotesOf>[1]): Array<[string, string]> =>
  quotesOf(TITLE + text, specs).map((q) => [q.speaker.name, q.rule]);

describe('extractQuotes: the speaker sieve that named the speaker is recorded on the rule', () => {
  it('records nothing after the detection rule when the phrase names the speaker itself', () => {
    expect(rules('“The quays are safe again,” Ana Rojas said.', [{ name: 'Ana Rojas' }])).toEqual([
      ['Ana Rojas', 'quote.direct.after'],
    ]);
  });

  it('records the pronoun sieve for "he said"', () => {
    const text = 'Tomas Varga toured the docks on Monday. “The cranes are too slow,” he said.';
    expect(rules(text, [{ name: 'Tomas Varga' }])).toEqual([
      ['Tomas Varga', 'quote.direct.after+speaker.person-pronoun'],
    ]);
  });

  it('records the apposition sieve for a role followed by the person', () => {
    const text = '“The port stays open,” said the harbour master, Ivo Kranjc.';
    expect(rules(text, [{ name: 'Ivo Kranjc' }])).toEqual([
      ['Ivo Kranjc', 'quote.direct.after.verb-first+speaker.apposition'],
    ]);
  });

  it('records the sieve that found a person named at the end of a description', () => {
    const text = '“We will dredge the channel,” said the head of the harbour authority Ivo Kranjc.';
    expect(rules(text, [{ name: 'Ivo Kranjc' }])).toEqual([
      ['Ivo Kranjc', 'quote.direct.after.verb-first+speaker.name-in-description'],
    ]);
  });

  it('records the document sieve for "the statement said" after a body spoke', () => {
    const text =
      'The Harbour Authority said in a statement on Monday that the quays were safe.\n' +
      'The statement said the ferries would sail again on Tuesday.';
    expect(rules(text, [{ name: 'Harbour Authority', type: 'Organization' }]).at(-1)).toEqual([
      'Harbour Authority',
      'quote.reported.clause+speaker.document',
    ]);
  });
});
