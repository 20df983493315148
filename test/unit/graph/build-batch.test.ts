import { buildBatch } from '../../../src/graph/build-batch';
import { articleHash } from '../../../src/graph/article-hash';
import { articleBodyHash } from '../../../src/publications/article-body-hash';
import { cypher, statements, CYPHER_FILES, FACT_UPSERTS } from '../../../src/graph/cypher';
import { factsOfKind } from '../../../src/model/fact';
import type { ArticleResult } from '../../../src/model/result';
import { articleOf } from '../../support/articles';
import { entityIn } from '../../support/entities';
import { attackFact } from '../../support/facts';
import { checkDatasetName, inDataset } from '../../../src/run/dataset';

const text = 'Strike on Lviv\nRussian drones struck Lviv overnight, Mayor Ivan Petrenko said.';
const article = articleOf(text, { id: 'a.txt#0', source: 'a.txt' });
const lviv = entityIn(text, {
  name: 'Lviv',
  type: 'Location',
  country: 'Ukraine',
  countryCode: 'UA',
  point: { latitude: 49.84, longitude: 24.03 },
  rule: 'gazetteer.city',
});
const russia = entityIn(text, {
  name: 'Russia',
  key: 'location:ru',
  type: 'Location',
  forms: ['Russian'],
  demonymOnly: true,
  rule: 'demonym',
});
const mayor = entityIn(text, {
  name: 'Ivan Petrenko',
  forms: ['Petrenko'],
  roles: [{ title: 'mayor', of: 'Lviv' }],
  rule: 'title.person',
});
const drone = entityIn(text, {
  name: 'drone',
  key: 'weapon:drone',
  type: 'Weapon',
  forms: ['drones'],
  rule: 'weapon.generic',
});
const result: ArticleResult = {
  article,
  sentences: [
    { index: 0, start: 0, end: 14, text: 'Strike on Lviv' },
    { index: 1, start: 15, end: text.length, text: text.slice(15) },
  ],
  entities: [lviv, russia, mayor, drone],
  facts: [
    attackFact('Russia', 'Lviv', {
      attackerKey: 'location:ru',
      targetKey: 'location:lviv',
      weapons: ['drone'],
      weaponKeys: ['weapon:drone'],
      weaponCounts: { drone: 3 },
      dateText: 'overnight',
      datePrecision: 'range',
      dateSource: 'text',
      start: 15,
      end: text.length,
      sentences: [1],
      rule: 'attack.verb',
    }),
  ],
};

describe('buildBatch', () => {
  const batch = buildBatch([result]);

  it('writes the article with its hash, and only the sentences that carry facts', () => {
    expect(batch.articles).toEqual([
      {
        id: 'a.txt#0',
        title: 'Strike on Lviv',
        source: 'a.txt',
        url: null,
        publishedAt: null,
        sha256: articleHash(article),
        bodyHash: articleBodyHash(article),
        dataset: null,
      },
    ]);
    expect(batch.sentences.map((s) => s.id)).toEqual(['a.txt#0:s1']);
  });

  it('keeps places with coordinates, and a demonym-only country only because an attack names it', () => {
    const byId = new Map(batch.entities.map((e) => [e.id, e]));
    expect(byId.get('location:lviv')).toMatchObject({ latitude: 49.84, longitude: 24.03, countryCode: 'UA' });
    expect(byId.has('location:ru')).toBe(true);
    expect(batch.mentions.map((m) => m.entity).sort()).toEqual([
      'location:lviv',
      'person:ivan petrenko',
      'weapon:drone',
    ]);
    expect(batch.mentions.find((m) => m.entity === 'location:lviv')).toMatchObject({
      count: 2,
      sentences: [0, 1],
    });
  });

  it('carries the dataset of an article loaded into one on the article and every fact row', () => {
    const inWar = buildBatch([{ ...result, article: inDataset(article, 'war') }]);
    expect(inWar.articles[0]).toMatchObject({ id: 'war::a.txt#0', dataset: 'war' });
    expect(inWar.facts.attack.map((row) => [row.article, row.dataset])).toEqual([['war::a.txt#0', 'war']]);
    expect(batch.facts.attack.map((row) => row.dataset)).toEqual([null]);
    // The same body in another dataset is another article; in one dataset it is one.
    expect(inWar.articles[0].bodyHash).not.toBe(batch.articles[0].bodyHash);
    expect(articleBodyHash(inDataset(article, 'war'))).toBe(
      articleBodyHash(inDataset({ ...article, id: 'b.txt#0' }, 'war')),
    );
  });

  it('links roles to the entity they belong to', () => {
    expect(batch.roles).toEqual([
      { person: 'person:ivan petrenko', of: 'location:lviv', title: 'mayor', article: 'a.txt#0' },
    ]);
  });

  it('gives attacks stable ids with their provenance, and links the weapon entities the article names', () => {
    expect(batch.facts.attack).toHaveLength(1);
    expect(batch.facts.attack[0]).toMatchObject({
      id: `a.txt#0:a15-${text.length}:location:lviv`,
      attacker: 'location:ru',
      target: 'location:lviv',
      weapons: ['weapon:drone'],
      weaponCounts: '{"drone":3}',
      date: null,
      dateText: 'overnight',
      datePrecision: 'range',
      dateSource: 'text',
      rule: 'attack.verb',
      sentence: 'a.txt#0:s1',
    });
    expect(batch.entities.filter((e) => e.type === 'Weapon')).toEqual([
      expect.objectContaining({ id: 'weapon:drone', name: 'drone' }),
    ]);
  });

  it('keeps an undated attack undated, with no source for its date', () => {
    const built = buildBatch([{ ...result, facts: [attackFact('Russia', 'Lviv')] }]);
    expect(built.facts.attack[0]).toMatchObject({
      date: null,
      dateText: null,
      datePrecision: 'unknown',
      dateSource: null,
    });
  });

  it('invents no weapon node for a weapon the entity stage did not find', () => {
    const unknown = attackFact('Russia', 'Lviv', { weapons: ['glaive'], weaponKeys: ['weapon:glaive'] });
    const built = buildBatch([{ ...result, facts: [unknown] }]);
    expect(built.entities.map((e) => e.id)).not.toContain('weapon:glaive');
  });

  it('gives the same rows for the same input', () => {
    expect(buildBatch([result])).toEqual(batch);
  });

  it('a changed text changes the hash', () => {
    expect(articleHash({ ...article, text: `${text} More.` })).not.toBe(articleHash(article));
  });
});

describe('the Cypher files', () => {
  it('are all there, and writes take their rows as parameters', () => {
    const files = cypher();
    for (const name of [...CYPHER_FILES, ...FACT_UPSERTS]) expect(files[name].length).toBeGreaterThan(0);
    for (const name of [...CYPHER_FILES, ...FACT_UPSERTS].filter((n) => n.startsWith('write/upsert-'))) {
      expect(files[name]).toMatch(/^UNWIND \$rows AS row$/m);
    }
  });

  it('split the schema into its statements, without comments', () => {
    const parts = statements(cypher().schema);
    expect(parts.length).toBeGreaterThanOrEqual(6);
    for (const statement of parts)
      expect(statement).toMatch(/^CREATE (CONSTRAINT|INDEX|POINT INDEX) \w+ IF NOT EXISTS/);
  });
});

describe('buildBatch, attacks that name places without keys', () => {
  it('uses the article entity of that name, so no second node is made for a known place', () => {
    const [attack] = factsOfKind(result.facts, 'attack');
    const unkeyed = { ...attack, attackerKey: undefined, targetKey: undefined };
    const batch = buildBatch([{ ...result, facts: [unkeyed] }]);
    expect(batch.facts.attack[0]).toMatchObject({ attacker: 'location:ru', target: 'location:lviv' });
    expect(batch.entities.map((e) => e.id)).not.toContain('location:russia');
  });

  it('makes a bare place node for a place the entity stage did not find', () => {
    const [attack] = factsOfKind(result.facts, 'attack');
    const elsewhere = { ...attack, target: 'Nova Hromada', targetKey: undefined };
    const batch = buildBatch([{ ...result, facts: [elsewhere] }]);
    expect(batch.facts.attack[0].target).toBe('location:nova hromada');
    expect(batch.entities.find((e) => e.id === 'location:nova hromada')).toMatchObject({
      type: 'Location',
      name: 'Nova Hromada',
      precision: null,
    });
  });

  it.each([
    ['United States', 'location:us', 'US'],
    ['Britain', 'location:gb', 'GB'],
  ])('makes a country named only by the attack (%s) the country’s node', (name, id, countryCode) => {
    const [attack] = factsOfKind(result.facts, 'attack');
    const abroad = { ...attack, target: name, targetKey: undefined };
    const batch = buildBatch([{ ...result, facts: [abroad] }]);
    expect(batch.facts.attack[0].target).toBe(id);
    expect(batch.entities.find((e) => e.id === id)).toMatchObject({
      countryCode,
      placeKind: 'country',
      precision: 'country',
    });
  });

  it('makes a region named only by the attack, in any suffix form, the region’s node', () => {
    const [attack] = factsOfKind(result.facts, 'attack');
    const region = { ...attack, target: 'Nova Hromada Oblast', targetKey: undefined };
    const batch = buildBatch([{ ...result, facts: [region] }]);
    expect(batch.facts.attack[0].target).toBe('location:nova hromada region');
  });
});

describe('dataset names', () => {
  it.each(['war', 'war-2022', 'acled_dev.v2', '7'])('accepts %s', (name) => {
    expect(checkDatasetName(name)).toBe(name);
  });

  it.each(['', '-war', 'war dev', 'war::x', 'war/x', "x'}) DETACH DELETE n //", 'a'.repeat(65)])(
    'refuses %j, naming it',
    (name) => {
      expect(() => checkDatasetName(name)).toThrow(`found "${name}"`);
    },
  );
});
