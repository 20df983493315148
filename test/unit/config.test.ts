import { loadConfig, DEFAULT_NEO4J_URI } from '../../src/config';
import { ConfigError } from '../../src/errors';

describe('loadConfig', () => {
  it('gives local defaults when nothing is set', () => {
    const config = loadConfig({}, '/clone');
    expect(config.neo4j).toEqual({
      uri: DEFAULT_NEO4J_URI,
      username: 'neo4j',
      password: 'newsgraph-local',
      database: 'neo4j',
      uriGiven: false,
    });
    expect(config.localServer).toEqual({
      home: '/clone/.neo4j',
      instance: 'server',
      boltPort: 7687,
      httpPort: 7474,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes the values given, and marks a given URI', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example.org:7690',
      NEO4J_USERNAME: 'analyst',
      NEO4J_PASSWORD: 's3cret-pass',
      NEO4J_DATABASE: 'news',
      NEWSGRAPH_BATCH_SIZE: '250',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://db.example.org:7690',
      username: 'analyst',
      database: 'news',
      uriGiven: true,
    });
    expect(config.localServer.boltPort).toBe(7690);
    expect(config.batchSize).toBe(250);
  });

  it.each([
    [
      { NEO4J_URI: 'http://localhost:7474' },
      /NEO4J_URI must look like bolt:\/\/host:7687.*found "http:\/\/localhost:7474"/,
    ],
    [{ NEO4J_DATABASE: 'no spaces' }, /NEO4J_DATABASE must be .* found "no spaces"/],
    [{ NEO4J_HTTP_PORT: '99999' }, /NEO4J_HTTP_PORT must be a port number .* found "99999"/],
    [{ NEWSGRAPH_BATCH_SIZE: 'many' }, /NEWSGRAPH_BATCH_SIZE must be a whole number .* found "many"/],
  ])('rejects a bad value with a message naming it: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('rejects a short password without printing it', () => {
    const attempt = () => loadConfig({ NEO4J_PASSWORD: 'abc1234' });
    expect(attempt).toThrow(/NEO4J_PASSWORD must have at least 8 characters.*found 7/);
    expect(attempt).not.toThrow(/abc1234/);
  });
});
