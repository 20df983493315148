import { findQuotationSpans } from '../../../src/facts/quotes/find-quotation-spans';
import { quotesOf } from './quotes-helpers';

const contents = (text: string): string[] => findQuotationSpans(text).map((s) => text.slice(s.start, s.end));

describe('findQuotationSpans', () => {
  it.each([
    ['curly marks', 'He said “we stay” and left.', ['we stay']],
    ['straight marks', 'He said "we stay" and "we fight" today.', ['we stay', 'we fight']],
    ['doubled apostrophes', "He said ''we stay'' today.", ['we stay']],
    [
      'a nested single quotation stays inside',
      '“They called it ‘a trap’ at once,” he said.',
      ['They called it ‘a trap’ at once,'],
    ],
    ['apostrophes are not quotation marks', 'The port’s cranes and the workers’ union.', []],
    [
      'a single quotation used as the outer one',
      'He called it ‘a trap for the whole town’ today.',
      ['a trap for the whole town'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it('ends a quote left open at a paragraph end and marks the next paragraph as its continuation', () => {
    const spans = findQuotationSpans('“First part of it.\n“Second part of it.”');
    expect(spans.map((s) => [s.continues, s.continuation, s.closed])).toEqual([
      [true, false, false],
      [false, true, true],
    ]);
  });

  it('opens a dash-led quotation only at a text or line start or after a sentence end', () => {
    const said = (w: string): boolean => w === 'said' || w === 'added';
    const dashed = (text: string): string[] =>
      findQuotationSpans(text, said).map((s) => text.slice(s.start, s.end));
    expect(dashed('- We stay here - he said.')).toEqual(['We stay here']);
    expect(dashed('Intro line.\n– The port is shut – said Lee.')).toEqual(['The port is shut']);
    expect(dashed('It rained.- Ships wait - added Lee.')).toEqual(['Ships wait']);
    expect(dashed('It rained. - Ships wait - added Lee.')).toEqual(['Ships wait']);
    expect(dashed('“It rained.” - Ships wait - he said.')).toEqual(['It rained.', 'Ships wait']);
    expect(dashed('Is it over?) -Ships wait - he said.')).toEqual(['Ships wait']);
    expect(dashed('A word - Ships wait - he said.')).toEqual([]);
    expect(dashed('- Ships wait - he said. - Lee left - she added. - No verb - the end.')).toEqual([
      'Ships wait',
      'Lee left',
    ]);
  });

  it('stays linear on long unbalanced quotation marks', () => {
    const text = `${'“ word word word '.repeat(20000)}\n${'"open '.repeat(20000)}`;
    const spans = findQuotationSpans(text);
    expect(spans.length).toBeGreaterThan(0);
    expect(quotesOf(`Title\n${text}`)).toEqual([]);
  });
});

describe('extractQuotes: what is not a quote', () => {
  it.each([
    ['a scare quote', 'Harbour news\nThe mayor called the plan “reckless” on Monday.'],
    [
      'a title of a work',
      'Harbour news\nThe band played “Songs of the Long Winter Night” at the port festival.',
    ],
    [
      'an unattributed quotation',
      'Harbour news\nA sign read “No entry for trucks after six in the evening”.',
    ],
  ])('%s', (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});
