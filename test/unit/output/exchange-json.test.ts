import { toExchangeDocument } from '../../../src/output/exchange-json';
import { articleIn, resultOf } from '../../support/articles';
import { bareEntity } from '../../support/entities';
import { attackFact, quoteFact } from '../../support/facts';

describe('toExchangeDocument', () => {
  it('pools the articles of one file, writes an entity once and leaves weapons out', () => {
    const doc = toExchangeDocument([
      resultOf(articleIn('a.txt', 0), {
        entities: [
          bareEntity('person:jane roe', 'Person', 'Jane Roe', ['Roe']),
          bareEntity('weapon:drone', 'Weapon', 'drone'),
          bareEntity('location:harbourtown', 'Location', 'Harbourtown'),
        ],
        facts: [quoteFact('Jane Roe', 'We will rebuild the harbour soon', true)],
      }),
      resultOf(articleIn('a.txt', 1), {
        entities: [bareEntity('person:jane roe', 'Person', 'Jane Q. Roe', ['Ms Roe'])],
        facts: [quoteFact('Jane Roe', 'We will rebuild the harbour soon', true)],
      }),
      resultOf(articleIn('b.txt', 0), {
        entities: [bareEntity('organization:port board', 'Organization', 'Port Board')],
      }),
    ]);
    expect(doc.files.map((f) => f.source)).toEqual(['a.txt', 'b.txt']);
    const [a, b] = doc.files;
    expect(a.entities).toEqual([
      { name: 'Jane Q. Roe', type: 'Person', aliases: ['Roe', 'Jane Roe', 'Ms Roe'] },
      { name: 'Harbourtown', type: 'Location' },
    ]);
    expect(a.quotes).toEqual([
      { speaker: 'Jane Roe', text: 'We will rebuild the harbour soon', direct: true },
    ]);
    expect(b.entities).toEqual([{ name: 'Port Board', type: 'Organization' }]);
  });

  it('writes attacks with their optional fields, the ISO date before the words, once per file', () => {
    const doc = toExchangeDocument([
      resultOf(articleIn('a.txt', 0), {
        facts: [
          attackFact('Northland', 'Harbourtown', {
            weapons: ['drone'],
            date: '2024-05-01',
            dateText: 'Wednesday',
            killed: 4,
          }),
          attackFact('Northland', 'Harbourtown', { weapons: ['drone'], date: '2024-05-01' }),
          attackFact('Northland', 'Rivertown', { dateText: 'Sunday', location: 'Valley region' }),
        ],
      }),
    ]);
    expect(doc.files[0].attacks).toEqual([
      { attacker: 'Northland', target: 'Harbourtown', weapons: ['drone'], date: '2024-05-01', killed: 4 },
      { attacker: 'Northland', target: 'Rivertown', location: 'Valley region', date: 'Sunday' },
    ]);
  });

  it('writes a date from the context or the publication day as the ISO day', () => {
    const doc = toExchangeDocument([
      resultOf(articleIn('a.txt', 0), {
        facts: [
          attackFact('Northland', 'Harbourtown', {
            date: '2024-05-06',
            datePrecision: 'day',
            dateSource: 'context',
          }),
          attackFact('Northland', 'Rivertown', {
            date: '2024-05-07',
            datePrecision: 'day',
            dateSource: 'publication',
          }),
        ],
      }),
    ]);
    expect(doc.files[0].attacks.map((a) => a.date)).toEqual(['2024-05-06', '2024-05-07']);
  });

  it('gives an empty document for no results', () => {
    expect(toExchangeDocument([])).toEqual({ files: [] });
  });
});
