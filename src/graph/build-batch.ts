import type { EntityRow, MentionRow, RoleRow, SentenceRow, ArticleRow } from '../model/graph';
import type { ArticleResult } from '../model/result';
import { normaliseName } from '../entities/normalise-name';
import { sentenceId, type FactRow, type FactRowContext } from '../facts/fact-kind';
import { FACT_KINDS, kindOf, type FactKindName, type FactRows } from '../facts/registry';
import { articleBodyHash } from '../publications/article-body-hash';
import { articleHash } from './article-hash';
import { entityRow } from './entity-row';

/**
 * Rows for the graph writer, one list per write query. Built by `buildBatch` from extraction
 * results; every id is stable, so writing the same rows twice changes nothing.
 */
export interface GraphBatch {
  readonly articles: readonly ArticleRow[];
  readonly sentences: readonly SentenceRow[];
  readonly entities: readonly EntityRow[];
  readonly mentions: readonly MentionRow[];
  readonly roles: readonly RoleRow[];
  /** The rows of each fact kind, written by `cypher/write/upsert-<kind>.cypher`. */
  readonly facts: FactRows;
}

/**
 * Turns extraction results into rows for the graph writer. Pure. Ids are stable: an article's
 * id, sentence index and the character offsets of a fact, and entity keys for entities, so the
 * same input always gives the same rows.
 */
export function buildBatch(results: readonly ArticleResult[]): GraphBatch {
  const entities = new Map<string, EntityRow>();
  const articles: ArticleRow[] = [];
  const sentences: SentenceRow[] = [];
  const mentions: MentionRow[] = [];
  const roles: RoleRow[] = [];
  const facts = new Map<FactKindName, FactRow[]>(FACT_KINDS.map((k) => [k.kind, []]));
  const addEntity = (row: EntityRow): void => {
    if (!entities.has(row.id)) entities.set(row.id, row);
  };

  for (const { article, sentences: articleSentences, entities: found, facts: articleFacts } of results) {
    articles.push({
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? null,
      sha256: articleHash(article),
      bodyHash: articleBodyHash(article),
      dataset: article.dataset ?? null,
    });
    const keyByName = new Map<string, string>();
    // Countries named only through a demonym ("Russian forces") are not mentions of them
    // (see GUIDELINES.md); their nodes are written only when a fact points at them.
    const onlyThroughFacts = new Map<string, EntityRow>();
    for (const entity of found) {
      for (const name of [entity.name, ...entity.aliases]) keyByName.set(normaliseName(name), entity.key);
      if (entity.demonymOnly) {
        onlyThroughFacts.set(entity.key, entityRow(entity));
        continue;
      }
      addEntity(entityRow(entity));
      const inSentences = [...new Set(entity.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
      mentions.push({
        article: article.id,
        entity: entity.key,
        count: entity.mentions.length,
        sentences: inSentences,
        rules: [...new Set(entity.mentions.map((m) => m.rule))].sort(),
      });
    }
    for (const entity of found) {
      for (const role of entity.roles) {
        const of = role.of === undefined ? undefined : keyByName.get(normaliseName(role.of));
        if (entity.type === 'Person' && of !== undefined && of !== entity.key) {
          roles.push({ person: entity.key, of, title: role.title, article: article.id });
        }
      }
    }

    const ctx: FactRowContext = {
      articleId: article.id,
      sentenceId: (index) => sentenceId(article.id, index),
      entityKey: (name) => keyByName.get(normaliseName(name)),
      addEntity,
    };
    const factSentences = new Set<number>();
    for (const fact of articleFacts) {
      const kind = kindOf(fact);
      const row = kind.toRow(fact, ctx);
      for (const s of fact.sentences) factSentences.add(s);
      for (const key of kind.references(row)) {
        const referenced = key === null ? undefined : onlyThroughFacts.get(key);
        if (referenced !== undefined) addEntity(referenced);
      }
      facts.get(fact.kind)?.push({ ...row, dataset: article.dataset ?? null });
    }
    for (const index of [...factSentences].sort((a, b) => a - b)) {
      const sentence = articleSentences[index];
      if (sentence === undefined) continue;
      sentences.push({
        id: sentenceId(article.id, index),
        article: article.id,
        index,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
      });
    }
  }
  return {
    articles,
    sentences,
    entities: [...entities.values()],
    mentions,
    roles,
    facts: Object.fromEntries(facts) as unknown as FactRows,
  };
}
