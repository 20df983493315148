/** An Entity node as the benchmark reads it from the graph (`cypher/bench/entities.cypher`). */
export interface GraphNode {
  readonly id: string;
  /** Its type label: Person, Organization, Location, Weapon (the `Entity` label left out). */
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly keys: readonly string[];
  readonly countryCode: string | null;
  readonly placeKind: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** Articles that mention it. */
  readonly articles: number;
  /** Quotes it said. */
  readonly quotes: number;
}
