import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBulkGraph, firstCopies } from '../../../src/bulk/build-bulk-graph';
import { MemoryGraph } from '../../../src/bulk/memory-graph';
import { resolveIdentitiesInMemory } from '../../../src/bulk/identity-in-memory';
import { writeAdminCsv, importArguments } from '../../../src/bulk/write-admin-csv';
import { planPublications } from '../../../src/publications/plan-publications';

describe('firstCopies', () => {
  it('chooses the copy planPublications extracts for an empty database: earliest date, unknown last, ties by id', () => {
    const inputs = [
      { id: 'b/2', sha256: 'x2', bodyHash: 'B', publishedAt: null },
      { id: 'a/1', sha256: 'x1', bodyHash: 'A', publishedAt: '2024-05-02' },
      { id: 'a/0', sha256: 'x0', bodyHash: 'A', publishedAt: '2024-05-03' },
      { id: 'b/1', sha256: 'x3', bodyHash: 'B', publishedAt: null },
      { id: 'c/1', sha256: 'x4', bodyHash: 'C', publishedAt: '2024-01-01' },
    ];
    const plan = planPublications(inputs, []);
    const firsts = firstCopies(inputs);
    expect([...firsts.values()].sort()).toEqual([...plan.extract].sort());
    expect(Object.fromEntries(firsts)).toEqual(
      Object.fromEntries(plan.bodies.map((b) => [b.bodyHash, b.article])),
    );
    expect(firsts.get('A')).toBe('a/1');
    expect(firsts.get('B')).toBe('b/1');
  });
});

describe('buildBulkGraph on worker threads', () => {
  // The workers run the compiled pipeline: `npm run build` first (as `npm test` does).
  const workerFile = resolve(__dirname, '../../../dist/run/extract-worker.js');
  const seeds = resolve(__dirname, '../../../seeds');

  /** Every CSV file of the graph of `paths`, by name. */
  async function csvOf(paths: string[], threads: number): Promise<Record<string, string>> {
    const { graph, summary } = await buildBulkGraph(paths, { extractThreads: threads, workerFile });
    expect(summary.failed).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bulk-pool-'));
    try {
      writeAdminCsv(graph, dir);
      const files = readdirSync(dir).sort();
      return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('builds the same graph as the main thread, whatever the workers, and reports a bad file', async () => {
    if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run npm run build first`);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bulk-input-'));
    try {
      // A copy of a seed's body under another name, and a bad record beside good ones.
      const seed = readdirSync(seeds).sort()[0];
      writeFileSync(join(dir, 'copy.txt'), readFileSync(join(seeds, seed), 'utf8'));
      writeFileSync(
        join(dir, 'wire.jsonl'),
        [
          JSON.stringify({
            id: 'w1',
            title: 'Port reopens',
            body: 'The mayor of Veltava, Ana Rojas, said the port would reopen.',
          }),
          '{"title": "cut off',
          JSON.stringify({
            id: 'w2',
            title: 'Strike',
            body: 'Russian forces struck the town of Orlin overnight, officials said.',
          }),
        ].join('\n') + '\n',
      );
      const paths = [seeds, dir];
      const single = await csvOf(paths, 0);
      expect(Object.keys(single).length).toBeGreaterThan(10);
      expect(single['nodes-Person.csv'] ?? Object.values(single).join('')).toContain('Ana Rojas');
      for (const threads of [1, 2]) expect(await csvOf(paths, threads)).toEqual(single);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('resolveIdentitiesInMemory', () => {
  it('joins two spellings of one person into one node, moving the mentions and stamping the moved atom', () => {
    const graph = new MemoryGraph();
    const person = (id: string, name: string) => {
      const n = graph.mergeNode('Entity', id);
      n.labels.add('Person');
      n.props.set('name', name);
      n.props.set('aliases', []);
      n.props.set('keys', [id.slice('person:'.length)]);
      return n;
    };
    const ana = person('person:ana kovalenko', 'Ana Kovalenko');
    const ana2 = person('person:anna kovalenko', 'Anna Kovalenko');
    for (const [article, entity] of [
      ['x#0', ana],
      ['x#1', ana],
      ['x#2', ana2],
    ] as const)
      graph.mergeRel(graph.mergeNode('Article', article), 'MENTIONS', entity);
    const summary = resolveIdentitiesInMemory(graph);
    const left = [...graph.nodes()].filter((n) => n.space === 'Entity');
    expect(summary.moved).toBe(1);
    expect(left.map((n) => n.id)).toEqual(['person:ana kovalenko']);
    expect(left[0].props.get('mergedIds')).toEqual(['person:anna kovalenko']);
    const stamps = [...left[0].rels].map((r) => r.props.get('toAtom') ?? null).sort();
    expect(stamps).toEqual([null, null, 'person:anna kovalenko']);
  });
});

describe('writeAdminCsv', () => {
  it('writes quoted, typed fields, lists with the unit separator, and leaves lists the importer cannot write to the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-csv-'));
    try {
      const graph = new MemoryGraph();
      const kyiv = graph.mergeNode('Entity', 'location:kyiv');
      kyiv.labels.add('Location');
      kyiv.props.set('name', 'Kyiv "city"');
      kyiv.props.set('aliases', []);
      kyiv.props.set('keys', ['kyiv', 'kiev']);
      kyiv.props.set('point', { kind: 'point', latitude: 50.45, longitude: 30.52 });
      const article = graph.mergeNode('Article', 'a#0');
      article.props.set('publicationUrls', ['']);
      article.props.set('idScheme', { kind: 'double', value: 3 });
      const m = graph.mergeRel(article, 'MENTIONS', kyiv);
      m.props.set('count', 2);
      m.props.set('sentences', [0, 4]);
      const manifest = writeAdminCsv(graph, dir);
      const read = (f: string) => readFileSync(join(dir, f), 'utf8');
      expect(read('nodes-Entity-header.csv')).toBe(
        'id:ID(Entity),:LABEL,name,aliases:string[],keys:string[],point:point{crs:WGS-84}\n',
      );
      expect(read('nodes-Entity.csv')).toBe(
        '"location:kyiv","Location","Kyiv ""city""",,"kyiv\u001fkiev","{latitude:50.45, longitude:30.52}"\n',
      );
      expect(read('nodes-Article-header.csv')).toBe(
        'id:ID(Article),publicationUrls:string[],idScheme:double\n',
      );
      expect(read('rels-MENTIONS-Article-Entity-header.csv')).toBe(
        ':START_ID(Article),:END_ID(Entity),count:long,sentences:long[]\n',
      );
      expect(read('rels-MENTIONS-Article-Entity.csv')).toBe('"a#0","location:kyiv",2,"0\u001f4"\n');
      expect(manifest.lists).toEqual([
        { label: 'Entity', property: 'aliases', value: [], ids: ['location:kyiv'] },
        { label: 'Article', property: 'publicationUrls', value: [''], ids: ['a#0'] },
      ]);
      expect(importArguments(manifest, dir, 'neo4j')).toContain(
        `--relationships=MENTIONS=${join(dir, 'rels-MENTIONS-Article-Entity-header.csv')},${join(dir, 'rels-MENTIONS-Article-Entity.csv')}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
