import type { Entity, EntityType } from '../model/entity';
import type { Attack, Quote } from '../model/fact';
import type {
  AttackRow,
  EntityRow,
  GraphBatch,
  MentionRow,
  QuoteRow,
  RoleRow,
  SentenceRow,
} from '../model/graph';
import type { ArticleResult } from '../model/result';
import { normaliseName } from '../entities/normalise-name';
import { articleHash } from './article-hash';

/** Key of an entity named only by a fact (an attack's target, a weapon word) and not by the entity stage. */
function fallbackKey(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${normaliseName(name)}`;
}

const sentenceId = (articleId: string, index: number): string => `${articleId}:s${index}`;

function entityRow(entity: Entity): EntityRow {
  const names = [entity.name, ...entity.aliases];
  return {
    id: entity.key,
    type: entity.type,
    name: entity.name,
    aliases: [...new Set(entity.aliases)].sort(),
    keys: [...new Set(names.map(normaliseName))].sort(),
    country: entity.country ?? null,
    countryCode: entity.countryCode ?? null,
    placeKind: entity.placeKind ?? null,
    latitude: entity.point?.latitude ?? null,
    longitude: entity.point?.longitude ?? null,
  };
}

function bareEntity(type: EntityType, name: string, id = fallbackKey(type, name)): EntityRow {
  return {
    id,
    type,
    name,
    aliases: [],
    keys: [normaliseName(name)],
    country: null,
    countryCode: null,
    placeKind: null,
    latitude: null,
    longitude: null,
  };
}

/**
 * Turns extraction results into rows for the graph writer. Pure. Ids are stable: an article's
 * id, sentence index and the character offsets of a fact, and entity keys for entities, so the
 * same input always gives the same rows.
 */
export function buildBatch(results: readonly ArticleResult[]): GraphBatch {
  const entities = new Map<string, EntityRow>();
  const batch = {
    articles: [] as GraphBatch['articles'][number][],
    sentences: [] as SentenceRow[],
    mentions: [] as MentionRow[],
    roles: [] as RoleRow[],
    quotes: [] as QuoteRow[],
    attacks: [] as AttackRow[],
  };
  const addEntity = (row: EntityRow): void => {
    if (!entities.has(row.id)) entities.set(row.id, row);
  };

  for (const { article, sentences, entities: found, quotes, attacks } of results) {
    batch.articles.push({
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? null,
      sha256: articleHash(article),
    });
    const keyByName = new Map<string, string>();
    // Countries named only through a demonym ("Russian forces") are not mentions of them
    // (see GUIDELINES.md); their nodes are written only when a fact points at them.
    const onlyThroughFacts = new Map<string, EntityRow>();
    const addReferenced = (key: string): void => {
      const row = onlyThroughFacts.get(key);
      if (row !== undefined) addEntity(row);
    };
    for (const entity of found) {
      for (const name of [entity.name, ...entity.aliases]) keyByName.set(normaliseName(name), entity.key);
      if (entity.demonymOnly) {
        onlyThroughFacts.set(entity.key, entityRow(entity));
        continue;
      }
      addEntity(entityRow(entity));
      const inSentences = [...new Set(entity.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
      batch.mentions.push({
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
          batch.roles.push({ person: entity.key, of, title: role.title, article: article.id });
        }
      }
    }

    const factSentences = new Set<number>();
    for (const quote of quotes) {
      const row = quoteRow(article.id, quote, factSentences);
      for (const key of [row.speakerEntity, ...row.about]) if (key !== null) addReferenced(key);
      batch.quotes.push(row);
    }
    for (const attack of attacks) {
      const row = attackRow(article.id, attack, factSentences, addEntity, (name) =>
        keyByName.get(normaliseName(name)),
      );
      for (const key of [row.attacker, row.target, row.location]) if (key !== null) addReferenced(key);
      batch.attacks.push(row);
    }
    for (const index of [...factSentences].sort((a, b) => a - b)) {
      const sentence = sentences[index];
      if (sentence === undefined) continue;
      batch.sentences.push({
        id: sentenceId(article.id, index),
        article: article.id,
        index,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
      });
    }
  }
  return { ...batch, entities: [...entities.values()] };
}

function quoteRow(articleId: string, quote: Quote, factSentences: Set<number>): QuoteRow {
  const [first = 0, ...more] = quote.sentences;
  for (const s of quote.sentences) factSentences.add(s);
  const speakerEntity = quote.speaker.entityKey ?? null;
  return {
    id: `${articleId}:q${quote.start}-${quote.end}`,
    article: articleId,
    sentence: sentenceId(articleId, first),
    moreSentences: more.map((s) => sentenceId(articleId, s)),
    text: quote.text,
    direct: quote.direct,
    medium: quote.medium ?? null,
    cue: quote.cue ?? null,
    speakerName: quote.speaker.name,
    speakerRole: quote.speaker.role ?? null,
    start: quote.start,
    end: quote.end,
    rule: quote.rule,
    speakerEntity,
    sourceId: speakerEntity === null ? `${articleId}:source:${normaliseName(quote.speaker.name)}` : null,
    about: [...new Set(quote.about)].filter((key) => key !== speakerEntity),
  };
}

function attackRow(
  articleId: string,
  attack: Attack,
  factSentences: Set<number>,
  addEntity: (row: EntityRow) => void,
  keyOf: (name: string) => string | undefined,
): AttackRow {
  const [first = 0, ...more] = attack.sentences;
  for (const s of attack.sentences) factSentences.add(s);
  // A place the attack names without a key: the article's entity of that name, else a bare node.
  const place = (key: string | undefined, name: string): string => {
    const known = key ?? keyOf(name);
    if (known !== undefined) return known;
    const row = bareEntity('Location', name);
    addEntity(row);
    return row.id;
  };
  const attacker = place(attack.attackerKey, attack.attacker);
  const target = place(attack.targetKey, attack.target);
  const location = attack.location === undefined ? null : place(attack.locationKey, attack.location);
  const weapons = [...new Set(attack.weapons)];
  for (const weapon of weapons) addEntity(bareEntity('Weapon', weapon));
  return {
    id: `${articleId}:a${attack.start}-${attack.end}:${target}`,
    article: articleId,
    sentence: sentenceId(articleId, first),
    moreSentences: more.map((s) => sentenceId(articleId, s)),
    type: attack.type,
    date: attack.date ?? null,
    dateText: attack.dateText ?? null,
    killed: attack.killed ?? null,
    injured: attack.injured ?? null,
    weaponCounts: JSON.stringify(attack.weaponCounts),
    intercepted: attack.intercepted === undefined ? null : JSON.stringify(attack.intercepted),
    start: attack.start,
    end: attack.end,
    rule: attack.rule,
    attacker,
    attackerName: attack.attacker,
    target,
    targetName: attack.target,
    location,
    weapons: weapons.map((w) => fallbackKey('Weapon', w)),
  };
}
