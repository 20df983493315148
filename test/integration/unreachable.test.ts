import { openDriver } from '../../src/neo4j/connect';
import { testConfig } from './test-neo4j';

describe('no Neo4j at the configured address', () => {
  it('gives one clear error with exit code 2, quickly', async () => {
    const config = testConfig();
    const started = Date.now();
    const error = await openDriver({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/No Neo4j answers at bolt:\/\/127\.0\.0\.1:1/),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
