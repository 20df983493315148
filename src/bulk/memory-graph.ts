/**
 * A property graph in memory, with the two write primitives the upserts of `cypher/write/` use:
 * MERGE of a node on its label and `id`, and MERGE of a relationship on its ends, its type and
 * (optionally) one identifying property; plus CREATE and DELETE of relationships for the
 * identity pass. The bulk path writes the batches into it as the transactional writer writes
 * them into Neo4j, then dumps it as CSV for `neo4j-admin database import`.
 */

/** A WGS-84 point, as `point({latitude, longitude})` makes it. */
export interface GeoPoint {
  readonly kind: 'point';
  readonly latitude: number;
  readonly longitude: number;
}

/** A number the driver sends as a float although it is whole (a parameter not made an integer). */
export interface Double {
  readonly kind: 'double';
  readonly value: number;
}

/**
 * A property value: what the upserts store (null: no property). Whole numbers are integers,
 * as `withIntegers` sends them; other numbers, and {@link Double}, are floats.
 */
export type Value =
  string | number | boolean | GeoPoint | Double | readonly string[] | readonly number[] | null;

/** The node spaces: the label each upsert matches its nodes on (`MERGE (:Article {id})`). */
export type Space =
  'Article' | 'Publication' | 'Sentence' | 'Entity' | 'Quote' | 'Source' | 'Attack' | 'Event';

export interface MemoryNode {
  readonly space: Space;
  readonly id: string;
  /** Labels besides its space (an entity's type). */
  readonly labels: Set<string>;
  readonly props: Map<string, Value>;
  /** Relationships that start or end here. */
  readonly rels: Set<MemoryRel>;
}

export interface MemoryRel {
  readonly type: string;
  readonly start: MemoryNode;
  readonly end: MemoryNode;
  readonly props: Map<string, Value>;
  /** Its key among merged relationships, when it was made by a MERGE. */
  mergeKey?: string;
}

/** Sets `name` to `value`, or removes it for null, as Cypher's `SET n.name = value` does. */
export function setProp(props: Map<string, Value>, name: string, value: Value | undefined): void {
  if (value === null || value === undefined) props.delete(name);
  else props.set(name, value);
}

export class MemoryGraph {
  private readonly nodeIndex = new Map<string, MemoryNode>();
  private readonly relIndex = new Map<string, MemoryRel>();

  /** The node of `space` with this id, if any (`MATCH (:Space {id})`). */
  node(space: Space, id: string): MemoryNode | undefined {
    return this.nodeIndex.get(`${space}\u0000${id}`);
  }

  /** The node of `space` with this id, made when missing (`MERGE (:Space {id})`). */
  mergeNode(space: Space, id: string): MemoryNode {
    const key = `${space}\u0000${id}`;
    let node = this.nodeIndex.get(key);
    if (node === undefined) {
      node = { space, id, labels: new Set(), props: new Map(), rels: new Set() };
      this.nodeIndex.set(key, node);
    }
    return node;
  }

  /** Removes a node that has no relationships (`DELETE n`); false when it has some. */
  deleteNode(node: MemoryNode): boolean {
    if (node.rels.size > 0) return false;
    this.nodeIndex.delete(`${node.space}\u0000${node.id}`);
    return true;
  }

  /**
   * `MERGE (start)-[:type {keyProp: keyValue}]->(end)`: the relationship of that type between
   * them (with that property value when given), made when missing.
   */
  mergeRel(start: MemoryNode, type: string, end: MemoryNode, keyProp?: string, keyValue?: string): MemoryRel {
    const key = this.relKey(start, type, end, keyValue);
    const found = this.relIndex.get(key);
    if (found !== undefined) return found;
    const rel = this.createRel(start, type, end);
    if (keyProp !== undefined && keyValue !== undefined) rel.props.set(keyProp, keyValue);
    rel.mergeKey = key;
    this.relIndex.set(key, rel);
    return rel;
  }

  /** `CREATE (start)-[:type]->(end)`: always a new relationship. */
  createRel(start: MemoryNode, type: string, end: MemoryNode): MemoryRel {
    const rel: MemoryRel = { type, start, end, props: new Map() };
    start.rels.add(rel);
    end.rels.add(rel);
    return rel;
  }

  /** `DELETE r`. */
  deleteRel(rel: MemoryRel): void {
    rel.start.rels.delete(rel);
    rel.end.rels.delete(rel);
    if (rel.mergeKey !== undefined && this.relIndex.get(rel.mergeKey) === rel)
      this.relIndex.delete(rel.mergeKey);
  }

  /** Every node, in the order they were made. */
  nodes(): IterableIterator<MemoryNode> {
    return this.nodeIndex.values();
  }

  /** Every relationship once, by its start node. */
  *relationships(): Generator<MemoryRel> {
    for (const node of this.nodeIndex.values())
      for (const rel of node.rels) if (rel.start === node) yield rel;
  }

  private relKey(start: MemoryNode, type: string, end: MemoryNode, keyValue?: string): string {
    return [start.space, start.id, type, end.space, end.id, keyValue ?? ''].join('\u0000');
  }
}
