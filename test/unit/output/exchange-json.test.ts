import type { Article } from '../../../src/model/article';
import type { Entity, EntityType } from '../../../src/model/entity';
import type { Attack, Quote } from '../../../src/model/fact';
import type { ArticleResult } from '../../../src/model/result';
import { toExchangeDocument } from '../../../src/output/exchange-json';

const article = (source: string, index: number): Article => ({
  id: `${source}#${index}`,
  source,
  path: `/in/${source}`,
  index,
  title: 'T',
  text: 'T',
});
const entity = (key: string, type: EntityType, name: string, aliases: string[] = []): Entity => ({
  key,
  type,
  name,
  aliases,
  mentions: [],
  roles: [],
});
const quote = (speaker: string, text: string, direct: boolean): Quote => ({
  kind: 'quote',
  text,
  direct,
  speaker: { name: speaker },
  about: [],
  start: 0,
  end: 1,
  sentences: [0],
  rule: 'test',
});
const attack = (attacker: string, target: string, extra: Partial<Attack> = {}): Attack => ({
  kind: 'attack',
  attacker,
  target,
  type: 'Air/drone strike',
  weapons: [],
  weaponCounts: {},
  start: 0,
  end: 1,
  sentences: [0],
  rule: 'test',
  ...extra,
});
const result = (a: Article, parts: Partial<ArticleResult>): ArticleResult => ({
  article: a,
  sentences: [],
  entities: [],
  facts: [],
  ...parts,
});

describe('toExchangeDocument', () => {
  it('pools the articles of one file, writes an entity once and leaves weapons out', () => {
    const doc = toExchangeDocument([
      result(article('a.txt', 0), {
        entities: [
          entity('person:jane roe', 'Person', 'Jane Roe', ['Roe']),
          entity('weapon:drone', 'Weapon', 'drone'),
          entity('location:harbourtown', 'Location', 'Harbourtown'),
        ],
        facts: [quote('Jane Roe', 'We will rebuild the harbour soon', true)],
      }),
      result(article('a.txt', 1), {
        entities: [entity('person:jane roe', 'Person', 'Jane Q. Roe', ['Ms Roe'])],
        facts: [quote('Jane Roe', 'We will rebuild the harbour soon', true)],
      }),
      result(article('b.txt', 0), {
        entities: [entity('organization:port board', 'Organization', 'Port Board')],
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
      result(article('a.txt', 0), {
        facts: [
          attack('Northland', 'Harbourtown', {
            weapons: ['drone'],
            date: '2024-05-01',
            dateText: 'Wednesday',
            killed: 4,
          }),
          attack('Northland', 'Harbourtown', { weapons: ['drone'], date: '2024-05-01' }),
          attack('Northland', 'Rivertown', { dateText: 'Sunday', location: 'Valley region' }),
        ],
      }),
    ]);
    expect(doc.files[0].attacks).toEqual([
      { attacker: 'Northland', target: 'Harbourtown', weapons: ['drone'], date: '2024-05-01', killed: 4 },
      { attacker: 'Northland', target: 'Rivertown', location: 'Valley region', date: 'Sunday' },
    ]);
  });

  it('gives an empty document for no results', () => {
    expect(toExchangeDocument([])).toEqual({ files: [] });
  });
});
