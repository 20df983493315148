import neo4j from 'neo4j-driver';
import { toPlain } from '../../../src/queries/to-plain';

const { Node, Relationship, Path, PathSegment, Point, Date: Neo4jDate } = neo4j.types;

describe('toPlain', () => {
  it('keeps scalars and null, and turns undefined into null', () => {
    expect([toPlain('a'), toPlain(2.5), toPlain(true), toPlain(null), toPlain(undefined)]).toEqual([
      'a',
      2.5,
      true,
      null,
      null,
    ]);
  });

  it('turns Neo4j integers into numbers, and very large ones into decimal strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it('turns WGS-84 points into latitude and longitude, other points into x and y', () => {
    expect(toPlain(new Point(4326, 30.52, 50.45))).toEqual({ latitude: 50.45, longitude: 30.52 });
    expect(toPlain(new Point(7203, 1, 2))).toEqual({ srid: 7203, x: 1, y: 2 });
  });

  it('turns temporal values into ISO text', () => {
    expect(toPlain(new Neo4jDate(2025, 2, 7))).toBe('2025-02-07');
  });

  it('turns nodes, relationships and paths into labels, types and properties', () => {
    const a = new Node(neo4j.int(1), ['Entity', 'Person'], { name: 'Ann', n: neo4j.int(3) }, 'e1');
    const b = new Node(neo4j.int(2), ['Quote'], { text: 'hi' }, 'e2');
    const said = new Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'SAID', {}, 'r9', 'e1', 'e2');
    expect(toPlain(a)).toEqual({ labels: ['Entity', 'Person'], properties: { name: 'Ann', n: 3 } });
    expect(toPlain(said)).toEqual({ type: 'SAID', properties: {} });
    expect(toPlain(new Path(a, b, [new PathSegment(a, said, b)]))).toEqual({
      nodes: [
        { labels: ['Entity', 'Person'], properties: { name: 'Ann', n: 3 } },
        { labels: ['Quote'], properties: { text: 'hi' } },
      ],
      relationships: [{ type: 'SAID', properties: {} }],
    });
  });

  it('converts lists and maps throughout', () => {
    expect(toPlain({ counts: [neo4j.int(1), neo4j.int(2)], inner: { at: new Point(4326, 1, 2) } })).toEqual({
      counts: [1, 2],
      inner: { at: { latitude: 2, longitude: 1 } },
    });
  });
});
