/** Who attacked where, as a fact kind: extraction from the Doc and the `Attack` node row. */
import type { Attack } from '../../model/fact';
import { bareEntity } from '../../graph/entity-row';
import { sentenceIds, type FactKind, type FactRow } from '../fact-kind';
import { extractAttacks } from './extract-attacks';

/** Row of `cypher/write/upsert-attack.cypher`. */
export interface AttackRow extends FactRow {
  readonly type: string;
  readonly date: string | null;
  readonly dateText: string | null;
  /** 'day' | 'month' | 'range' | 'unknown'. */
  readonly datePrecision: string;
  /** 'text' | 'context' | 'publication', or null when the attack has no date. */
  readonly dateSource: string | null;
  readonly killed: number | null;
  readonly injured: number | null;
  /** JSON of the weapon counts ({"drone": 408}); Neo4j properties cannot hold maps. */
  readonly weaponCounts: string;
  readonly intercepted: string | null;
  readonly attacker: string;
  readonly attackerName: string;
  readonly target: string;
  readonly targetName: string;
  readonly location: string | null;
  readonly weapons: readonly string[];
}

export const attackKind: FactKind<Attack, AttackRow> = {
  kind: 'attack',
  extract: extractAttacks,
  toRow(attack, ctx) {
    const { articleId } = ctx;
    // A place the attack names without a key: the article's entity of that name, else a bare node.
    const place = (key: string | undefined, name: string): string => {
      const known = key ?? ctx.entityKey(name);
      if (known !== undefined) return known;
      const row = bareEntity('Location', name);
      ctx.addEntity(row);
      return row.id;
    };
    const attacker = place(attack.attackerKey, attack.attacker);
    const target = place(attack.targetKey, attack.target);
    const location = attack.location === undefined ? null : place(attack.locationKey, attack.location);
    return {
      id: `${articleId}:a${attack.start}-${attack.end}:${target}`,
      article: articleId,
      ...sentenceIds(articleId, attack.sentences),
      type: attack.type,
      date: attack.date ?? null,
      dateText: attack.dateText ?? null,
      datePrecision: attack.datePrecision,
      dateSource: attack.dateSource ?? null,
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
      weapons: [...new Set(attack.weaponKeys)],
    };
  },
  references: (row) => [row.attacker, row.target, row.location],
};
