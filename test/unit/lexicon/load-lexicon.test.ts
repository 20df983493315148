import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLexicon, LEXICON_FILES, loadLexicon } from '../../../src/lexicon/load-lexicon';
import { PACKAGE_ROOT } from '../../../src/package-root';
import { splitArticles } from '../../../src/ingest/split-articles';
import { extractArticle } from '../../../src/pipeline';

const DATA = join(PACKAGE_ROOT, 'data');

/** Lists matched as written, not on lower case: names and spellings with their capitals. */
const AS_WRITTEN = [/^aliases\.json:/, /^weapons\.json:systems/, /^media\.json:mediumPlatforms$/];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every list of strings in a JSON value, with its path ("titles.json:all", "weapons.json:heads.drone"). */
function lists(value: Json, path: string, out: [string, string[]][] = []): [string, string[]][] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push([path, value as string[]]);
    else value.forEach((v, i) => lists(v, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value))
      lists(v, path.endsWith(':') ? `${path}${k}` : `${path}.${k}`, out);
  }
  return out;
}

describe('lexicon data files', () => {
  test.each(LEXICON_FILES)('%s parses, is described, and has no empty or duplicate lists', (name) => {
    const json = JSON.parse(readFileSync(join(DATA, name), 'utf8')) as Record<string, Json>;
    expect(typeof json.description).toBe('string');
    expect((json.description as string).length).toBeGreaterThan(20);
    const found = lists(json, `${name}:`);
    expect(found.length).toBeGreaterThan(0);
    for (const [path, words] of found) {
      // An organisation may have no other names than its canonical one.
      if (!path.startsWith('aliases.json:organizations.'))
        expect({ path, empty: words.length === 0 }).toEqual({ path, empty: false });
      const dups = words.filter((w, i) => words.indexOf(w) !== i);
      expect({ path, dups }).toEqual({ path, dups: [] });
      if (AS_WRITTEN.some((re) => re.test(path))) continue;
      const upper = words.filter((w) => w !== w.toLowerCase());
      expect({ path, upper }).toEqual({ path, upper: [] });
    }
  });

  test('every file in data/ that the loader reads is listed once', () => {
    expect(new Set(LEXICON_FILES).size).toBe(LEXICON_FILES.length);
  });
});

describe('loadLexicon', () => {
  test('the default lexicon is loaded once, frozen, and has every list filled', () => {
    const lex = defaultLexicon();
    expect(defaultLexicon()).toBe(lex);
    expect(Object.isFrozen(lex)).toBe(true);
    expect(Object.isFrozen(lex.speech)).toBe(true);
    const visit = (o: object, path: string): void => {
      for (const [k, v] of Object.entries(o)) {
        const at = `${path}.${k}`;
        if (v instanceof Set || v instanceof Map)
          expect({ at, size: v.size > 0 }).toEqual({ at, size: true });
        else if (Array.isArray(v)) expect({ at, size: v.length > 0 }).toEqual({ at, size: true });
        else if (typeof v === 'object' && v !== null && !(v instanceof RegExp)) visit(v as object, at);
      }
    };
    visit(lex, 'lexicon');
    expect(lex.speech.verbs.has('said')).toBe(true);
    expect(lex.speech.cueWordRe.test('She said so.')).toBe(true);
    expect(lex.attacks.verbs.get('shelled')).toEqual({ kind: 'shelling', need: 'none' });
    expect(lex.weapons.words.get('drones')).toEqual(['drone', 'air']);
    expect(lex.weapons.heads.get('grenade launchers')).toBeUndefined();
    expect(lex.weapons.heads.get('launchers')).toBe('launcher');
  });

  describe('with a broken data folder', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'newsgraph-lexicon-'));
      for (const f of LEXICON_FILES) copyFileSync(join(DATA, f), join(dir, f));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('a copy of data/ loads', () => {
      expect(loadLexicon(dir).titles.all.has('president')).toBe(true);
    });

    test('a missing file is named in the error', () => {
      unlinkSync(join(dir, 'titles.json'));
      expect(() => loadLexicon(dir)).toThrow(/cannot read lexicon file .*titles\.json/);
    });

    test('a file that is not JSON is named in the error', () => {
      writeFileSync(join(dir, 'speech-verbs.json'), '{ "verbs": [');
      expect(() => loadLexicon(dir)).toThrow(/lexicon file .*speech-verbs\.json is not valid JSON/);
    });

    test('an empty or missing list is named with its file and key', () => {
      const path = join(dir, 'place-heads.json');
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      writeFileSync(path, JSON.stringify({ ...json, nouns: [] }));
      expect(() => loadLexicon(dir)).toThrow(/place-heads\.json: "nouns" must be a non-empty list of words/);
      delete json.roads;
      writeFileSync(path, JSON.stringify(json));
      expect(() => loadLexicon(dir)).toThrow(/place-heads\.json: "roads" must be present/);
    });

    test('an unknown attack kind is named', () => {
      const path = join(dir, 'attack-cues.json');
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      writeFileSync(path, JSON.stringify({ ...json, nouns: { naval: ['blockade'] } }));
      expect(() => loadLexicon(dir)).toThrow(/attack-cues\.json: "nouns" must be keyed by attack kinds/);
    });
  });
});

describe('a lexicon handed to extractArticle', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-lexicon-'));
    for (const f of LEXICON_FILES) copyFileSync(join(DATA, f), join(dir, f));
    const path = join(dir, 'speech-verbs.json');
    const json = JSON.parse(readFileSync(path, 'utf8')) as { verbs: Record<string, string[]> };
    json.verbs.grumble = ['grumbles', 'grumbled'];
    writeFileSync(path, JSON.stringify(json));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const text =
    'Farm tax plan draws criticism\n\nThe farm minister, Jane Doe, grumbled that the new tax plan ' +
    'would ruin small farmers across the whole region this year.\n';
  const quotes = (lexicon?: ReturnType<typeof loadLexicon>): string[] => {
    const [article] = splitArticles({ path: '/in/farm.txt', name: 'farm.txt', text });
    return extractArticle(article, lexicon).facts.flatMap((f) => (f.kind === 'quote' ? [f.cue ?? ''] : []));
  };

  test('is the one the stages read: a verb of saying added to its data is a cue', () => {
    expect(quotes()).toEqual([]);
    expect(quotes(loadLexicon(dir))).toEqual(['grumbled']);
  });
});
