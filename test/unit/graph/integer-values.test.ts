import neo4j from 'neo4j-driver';
import { withIntegers } from '../../../src/graph/integer-values';

describe('withIntegers', () => {
  it('sends counts, offsets and lists of indexes as Neo4j integers, and keeps other values', () => {
    const [row] = withIntegers([
      { count: 3, sentences: [0, 4], share: 0.5, name: 'Kyiv', latitude: 50, longitude: 30.5, killed: null },
    ]);
    expect(neo4j.isInt(row.count)).toBe(true);
    expect((row.sentences as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(row).toMatchObject({ share: 0.5, name: 'Kyiv', latitude: 50, longitude: 30.5, killed: null });
  });
});
