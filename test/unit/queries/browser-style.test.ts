import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/package-root';

const GRASS = readFileSync(join(PACKAGE_ROOT, 'cypher', 'browser', 'newsgraph.grass'), 'utf8');
const WRITES = readdirSync(join(PACKAGE_ROOT, 'cypher', 'write'))
  .map((f) => readFileSync(join(PACKAGE_ROOT, 'cypher', 'write', f), 'utf8'))
  .join('\n');

/** Selector → properties of each block of the style sheet. */
function blocks(text: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of text.matchAll(/^([\w.]+) \{\n([\s\S]*?)\n\}$/gm)) {
    const props = new Map<string, string>();
    for (const decl of m[2].split(';')) {
      const cut = decl.indexOf(':');
      if (cut > 0) props.set(decl.slice(0, cut).trim(), decl.slice(cut + 1).trim());
    }
    out.set(m[1], props);
  }
  return out;
}

const style = blocks(GRASS);
const ENTITY_TYPES = ['Person', 'Organization', 'Location', 'Weapon'];
/** Labels and relationship types the writer creates, read from cypher/write. */
const labels = [...new Set([...WRITES.matchAll(/\(\w*:(\w+)/g)].map((m) => m[1]))];
const types = [...new Set([...WRITES.matchAll(/\[\w*:(\w+)/g)].map((m) => m[1]))];

describe('cypher/browser/newsgraph.grass', () => {
  it('is well formed: "selector {" lines, "property: value;" lines inside, "}" closing each block', () => {
    let open = false;
    for (const line of GRASS.split('\n').filter((l) => l.trim() !== '')) {
      if (open && line === '}') open = false;
      else if (open) expect(line).toMatch(/^ {2}[\w-]+: [^;]+;$/);
      else {
        expect(line).toMatch(/^(node|relationship)(\.\w+)? \{$/);
        open = true;
      }
    }
    expect(open).toBe(false);
    expect(style.size).toBe(GRASS.split('\n').filter((l) => l.endsWith('{')).length);
  });

  it('styles every label the writer creates, and every entity type, with a colour and a caption', () => {
    expect(labels).toEqual(
      expect.arrayContaining(['Article', 'Sentence', 'Entity', 'Quote', 'Attack', 'Source']),
    );
    for (const label of [...labels, ...ENTITY_TYPES]) {
      const block = style.get(`node.${label}`);
      expect(block?.get('color')).toMatch(/^#[0-9A-F]{6}$/i);
      expect(block?.get('caption')).toMatch(/^"\{\w+\}"$/);
    }
  });

  it('captions nodes with properties the writer sets', () => {
    for (const [selector, props] of style) {
      const property = /^"\{(\w+)\}"$/.exec(props.get('caption') ?? '')?.[1];
      if (!selector.startsWith('node.') || property === undefined) continue;
      expect(WRITES).toMatch(new RegExp(`\\.${property} = |\\{${property}: `));
    }
  });

  it('styles every relationship type the writer creates', () => {
    expect(types).toEqual(
      expect.arrayContaining(['SAID', 'ABOUT', 'BY', 'TARGETED', 'MENTIONS', 'HOLDS_ROLE']),
    );
    for (const type of types)
      expect(style.get(`relationship.${type}`)?.get('color')).toMatch(/^#[0-9A-F]{6}$/i);
  });
});
