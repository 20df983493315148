import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, readEnvironment, DEFAULT_NEO4J_URI } from '../../src/config';
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
      NEWSGRAPH_EXTRACT_THREADS: '0',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j+s://db.example.org:7690',
      username: 'analyst',
      database: 'news',
      uriGiven: true,
    });
    expect(config.localServer.boltPort).toBe(7690);
    expect(config.batchSize).toBe(250);
    expect(config.extractThreads).toBe(0);
    expect(loadConfig({}).extractThreads).toBeUndefined();
  });

  it.each([
    [
      { NEO4J_URI: 'http://localhost:7474' },
      /NEO4J_URI must look like bolt:\/\/host:7687.*found "http:\/\/localhost:7474"/,
    ],
    [{ NEO4J_DATABASE: 'no spaces' }, /NEO4J_DATABASE must be .* found "no spaces"/],
    [{ NEO4J_HTTP_PORT: '99999' }, /NEO4J_HTTP_PORT must be a port number .* found "99999"/],
    [{ NEWSGRAPH_BATCH_SIZE: 'many' }, /NEWSGRAPH_BATCH_SIZE must be a whole number .* found "many"/],
    [
      { NEWSGRAPH_EXTRACT_THREADS: '-1' },
      /NEWSGRAPH_EXTRACT_THREADS must be a whole number from 0 .* found "-1"/,
    ],
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

describe('the .env file', () => {
  const folder = (dotenv?: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dotenv-'));
    if (dotenv !== undefined) writeFileSync(join(dir, '.env'), dotenv);
    return dir;
  };
  const DOTENV =
    'NEO4J_URI=bolt://from-file:7700\nNEO4J_DATABASE=filedb\n# a comment\nNEWSGRAPH_BATCH_SIZE="123"\n';

  it('is read under the real environment, which wins', () => {
    const env = readEnvironment(folder(DOTENV), { NEO4J_DATABASE: 'realdb' });
    expect(env).toEqual({
      NEO4J_URI: 'bolt://from-file:7700',
      NEO4J_DATABASE: 'realdb',
      NEWSGRAPH_BATCH_SIZE: '123',
    });
  });

  it('is optional', () => {
    expect(readEnvironment(folder(), { NEO4J_DATABASE: 'realdb' })).toEqual({ NEO4J_DATABASE: 'realdb' });
  });

  it('that cannot be read stops with a message naming it', () => {
    const dir = folder();
    mkdirSync(join(dir, '.env'));
    expect(() => readEnvironment(dir, {})).toThrow(new RegExp(`cannot read ${join(dir, '.env')}`));
  });

  it('is what loadConfig() reads without arguments, as the CLI does; process variables win', () => {
    const saved = {
      database: process.env.NEO4J_DATABASE,
      uri: process.env.NEO4J_URI,
      batch: process.env.NEWSGRAPH_BATCH_SIZE,
    };
    process.env.NEO4J_DATABASE = 'realdb';
    delete process.env.NEO4J_URI;
    delete process.env.NEWSGRAPH_BATCH_SIZE;
    try {
      const config = loadConfig(undefined, '/clone', folder(DOTENV));
      expect(config.neo4j).toMatchObject({
        uri: 'bolt://from-file:7700',
        database: 'realdb',
        uriGiven: true,
      });
      expect(config.batchSize).toBe(123);
    } finally {
      const restore = (name: string, value: string | undefined) => {
        if (value === undefined) Reflect.deleteProperty(process.env, name);
        else process.env[name] = value;
      };
      restore('NEO4J_DATABASE', saved.database);
      restore('NEO4J_URI', saved.uri);
      restore('NEWSGRAPH_BATCH_SIZE', saved.batch);
    }
  });

  it('is not read when the variables are given', () => {
    expect(loadConfig({}, '/clone', folder(DOTENV)).neo4j.database).toBe('neo4j');
  });
});
