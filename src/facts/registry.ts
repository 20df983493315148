/**
 * Every fact kind newsgraph extracts, in the order they run and are written. Adding a kind:
 * a folder under `facts/` with its `FactKind`, a member of the `Fact` union, one line here,
 * and `cypher/write/upsert-<kind>.cypher`.
 */
import type { Fact } from '../model/fact';
import { attackKind } from './attacks/attack-kind';
import type { FactKind, FactRow } from './fact-kind';
import { quoteKind } from './quotes/quote-kind';

export const FACT_KINDS = [quoteKind, attackKind] as const;

type Registered = (typeof FACT_KINDS)[number];
export type FactKindName = Registered['kind'];

/** The row type of each registered kind, by kind name. */
export type FactRowOf<K extends FactKindName> = ReturnType<Extract<Registered, { kind: K }>['toRow']>;

/** The fact rows of a batch, one list per kind. */
export type FactRows = { readonly [K in FactKindName]: readonly FactRowOf<K>[] };

/** The registered kind of a fact (typed loosely: the caller pairs the fact with its own kind). */
export function kindOf(fact: Fact): FactKind<Fact, FactRow> {
  const kind = FACT_KINDS.find((k) => k.kind === fact.kind);
  if (kind === undefined) throw new Error(`newsgraph: no fact kind registered for '${fact.kind}'`);
  return kind as unknown as FactKind<Fact, FactRow>;
}

/** Compile-time check: the registry and the `Fact` union name the same kinds. */
type SameKinds = [FactKindName] extends [Fact['kind']]
  ? [Fact['kind']] extends [FactKindName]
    ? true
    : never
  : never;
export const EVERY_FACT_KIND_REGISTERED: SameKinds = true;
