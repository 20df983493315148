/**
 * Article results → the evaluation exchange document (see the shared FORMAT.md): one entry per
 * source file, with all of its articles pooled. Entities are written once per file (by key),
 * only Person, Organization and Location; quotes and attacks are written once per file.
 */
import type { ArticleResult } from '../model/result';
import { factsOfKind } from '../model/fact';

interface ExchangeEntity {
  readonly name: string;
  readonly type: 'Person' | 'Organization' | 'Location';
  readonly aliases?: readonly string[];
}
interface ExchangeQuote {
  readonly speaker: string;
  readonly text: string;
  readonly direct: boolean;
}
interface ExchangeAttack {
  readonly attacker: string;
  readonly target: string;
  readonly location?: string;
  readonly weapons?: readonly string[];
  readonly date?: string;
  readonly killed?: number;
}
interface ExchangeFile {
  readonly source: string;
  readonly entities: readonly ExchangeEntity[];
  readonly quotes: readonly ExchangeQuote[];
  readonly attacks: readonly ExchangeAttack[];
}
interface ExchangeDocument {
  readonly files: readonly ExchangeFile[];
}

interface FileAcc {
  readonly entities: Map<string, { name: string; type: ExchangeEntity['type']; aliases: Set<string> }>;
  readonly quotes: Map<string, ExchangeQuote>;
  readonly attacks: Map<string, ExchangeAttack>;
}

/** Collects results one at a time (in any order) and builds the exchange document. */
export class ExchangeBuilder {
  private readonly files = new Map<string, FileAcc>();

  /** Registers a source file, so that a file without articles still gets its (empty) entry. */
  addSource(source: string): void {
    if (!this.files.has(source))
      this.files.set(source, { entities: new Map(), quotes: new Map(), attacks: new Map() });
  }

  /** Adds one article's result under its source file. */
  add(result: ArticleResult): void {
    this.addSource(result.article.source);
    const acc = this.files.get(result.article.source) as FileAcc;
    for (const e of result.entities) {
      if (e.type === 'Weapon' || e.demonymOnly) continue;
      const seen = acc.entities.get(e.key);
      if (seen === undefined) {
        acc.entities.set(e.key, { name: e.name, type: e.type, aliases: new Set(e.aliases) });
        continue;
      }
      const names = [seen.name, e.name, ...e.aliases];
      seen.name = names.reduce((a, b) => (b.length > a.length ? b : a));
      for (const n of names) seen.aliases.add(n);
    }
    for (const q of factsOfKind(result.facts, 'quote')) {
      const quote = { speaker: q.speaker.name, text: q.text, direct: q.direct };
      acc.quotes.set(JSON.stringify(quote), quote);
    }
    for (const a of factsOfKind(result.facts, 'attack')) {
      const attack: ExchangeAttack = {
        attacker: a.attacker,
        target: a.target,
        ...(a.location !== undefined ? { location: a.location } : {}),
        ...(a.weapons.length > 0 ? { weapons: [...a.weapons] } : {}),
        ...(a.date !== undefined || a.dateText !== undefined ? { date: a.date ?? a.dateText } : {}),
        ...(a.killed !== undefined ? { killed: a.killed } : {}),
      };
      const key = JSON.stringify([attack.attacker, attack.target, attack.date ?? null]);
      if (!acc.attacks.has(key)) acc.attacks.set(key, attack);
    }
  }

  /** The exchange document, files in the order they were first seen. */
  build(): ExchangeDocument {
    return {
      files: [...this.files].map(([source, acc]) => ({
        source,
        entities: joinAcronyms([...acc.entities.values()]).map(({ name, type, aliases }) => {
          const others = [...aliases].filter((a) => a !== name);
          return others.length > 0 ? { name, type, aliases: others } : { name, type };
        }),
        quotes: [...acc.quotes.values()],
        attacks: [...acc.attacks.values()],
      })),
    };
  }
}

type AccEntity = { name: string; type: ExchangeEntity['type']; aliases: Set<string> };

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/** The initials of a name's capitalised words ("FT" for "Financial Times"). */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) out += w.charAt(0);
  return out;
}

/**
 * One file's entities with each organisation named only by an acronym ("FT", in one article)
 * joined to the one organisation of the file whose initials it spells ("Financial Times", in
 * another): articles of one file are resolved apart, the file names one thing.
 */
function joinAcronyms(entities: AccEntity[]): AccEntity[] {
  const byInitials = new Map<string, AccEntity | null>();
  for (const e of entities) {
    if (e.type !== 'Organization' || !e.name.includes(' ')) continue;
    const abbr = initials(e.name);
    if (abbr.length >= 2) byInitials.set(abbr, byInitials.has(abbr) ? null : e);
  }
  return entities.filter((e) => {
    if (e.type !== 'Organization' || !ACRONYM_RE.test(e.name)) return true;
    const full = byInitials.get(e.name);
    if (!full) return true;
    for (const a of [e.name, ...e.aliases]) full.aliases.add(a);
    return false;
  });
}

/** Builds the exchange document for a list of results. */
export function toExchangeDocument(results: Iterable<ArticleResult>): ExchangeDocument {
  const builder = new ExchangeBuilder();
  for (const r of results) builder.add(r);
  return builder.build();
}
