/**
 * The Neo4j side of events (`src/events/group-events.ts`). A load's groups write attacks without
 * events and remove the events of the articles they replace, remove or add copies to; once the
 * groups are written, the load's event pass (`relinkPendingEvents`) works out the events of every
 * attack left without one (with their neighbours), and only the events whose attacks changed are
 * written. The pass runs on every load, so the events of an interrupted load are completed by the
 * next. Dataset removal still relinks inside its own transactions. Idempotent: the same attacks
 * give the same events, whatever the order they were loaded in.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import {
  addDays,
  attackInterval,
  eventId,
  groupEvents,
  RANGE_DAYS,
  type EventAttack,
} from '../events/group-events';
import { cypher } from './cypher';

/** A window of days of one attacker whose attacks are read. */
interface Window {
  readonly attacker: string;
  lo: string;
  hi: string;
}

interface ReadAttack extends EventAttack {
  readonly event: string | null;
  readonly eventAttacks: readonly string[];
}

/** Rounds of widening the windows until every event read is whole (bounded, in case of long chains). */
const MAX_ROUNDS = 6;
/** Seeds' days closer than this are read in one window. */
const JOIN_DAYS = 14;

/** Rank of a target place kind for the grouping (`EventAttack.targetRank`). */
export const RANK: Record<string, number> = {
  country: 2,
  region: 1,
  state: 1,
  province: 1,
  oblast: 1,
  district: 1,
  county: 1,
};

/** Attacks whose events are looked at again, and those events. */
export interface EventSeeds {
  readonly attacks: readonly string[];
  readonly events: readonly string[];
}

/**
 * These attacks and the attacks of these articles, with the other attacks of their events:
 * read before a group removes articles (their events lose attacks) and after it writes.
 */
export async function eventSeeds(
  tx: ManagedTransaction,
  ids: readonly string[],
  articles: readonly string[] = [],
): Promise<EventSeeds> {
  if (ids.length === 0 && articles.length === 0) return { attacks: [], events: [] };
  const result = await tx.run(cypher()['write/event-seeds'], { ids, articles });
  const attacks = new Set<string>();
  const events = new Set<string>();
  for (const r of result.records) {
    attacks.add(r.get('id') as string);
    const event = r.get('event') as string | null;
    if (event !== null) events.add(event);
  }
  return { attacks: [...attacks], events: [...events] };
}

/** Removes these events when no attack is left in them. */
export async function deleteEmptyEvents(tx: ManagedTransaction, events: readonly string[]): Promise<void> {
  if (events.length > 0) await tx.run(cypher()['write/delete-empty-events'], { ids: events });
}

/** Removes the events of the attacks of these articles (their other attacks are left pending). */
export async function deleteEventsOfArticles(
  tx: ManagedTransaction,
  articles: readonly string[],
): Promise<void> {
  if (articles.length > 0) await tx.run(cypher()['write/delete-events-of-articles'], { articles });
}

/** Attacks without an event per transaction of the event pass. */
const PENDING_PER_TRANSACTION = 500;

/**
 * The event pass: the events of the attacks without one (written by a load's groups, or left by
 * removed events), computed with their neighbours, in transactions of neighbouring attacks.
 * Returns how many attacks were pending.
 */
export async function relinkPendingEvents(
  driver: Driver,
  database: string,
  perTransaction = PENDING_PER_TRANSACTION,
): Promise<number> {
  const session = driver.session({ database });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher()['write/pending-attacks']));
    const pending = result.records.map((r) => r.get('id') as string);
    for (let i = 0; i < pending.length; i += perTransaction) {
      const chunk = pending.slice(i, i + perTransaction);
      // An attack an earlier chunk placed as a neighbour is not written again.
      await session.executeWrite((tx) => relinkEvents(tx, chunk, false));
    }
    return pending.length;
  } finally {
    await session.close();
  }
}

/**
 * Computes the events of `seeds` (attack ids) and their neighbours again and writes the changed
 * ones; with `rewriteSeeds` the events of the seeds are written even when their attacks did not
 * change (their counts may have).
 */
export async function relinkEvents(
  tx: ManagedTransaction,
  seeds: readonly string[],
  rewriteSeeds = true,
): Promise<void> {
  if (seeds.length === 0) return;
  const seeded = new Set(rewriteSeeds ? seeds : []);
  let ids = [...new Set(seeds)];
  let windows: Window[] = [];
  let read = new Map<string, ReadAttack>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    read = await readAttacks(tx, ids, windows);
    if (round === 0) windows = windowsOf([...read.values()]);
    const missing = new Set<string>();
    let widened = false;
    for (const a of read.values()) {
      for (const o of a.eventAttacks) if (!read.has(o)) missing.add(o);
      if (!isDated(a)) continue;
      const { from, to } = a;
      const w = windows.find((x) => x.attacker === a.attacker && from <= x.hi && to >= x.lo);
      if (w === undefined) {
        windows.push({ attacker: a.attacker, lo: from, hi: to });
        widened = true;
      } else if (from < w.lo || to > w.hi) {
        w.lo = from < w.lo ? from : w.lo;
        w.hi = to > w.hi ? to : w.hi;
        widened = true;
      }
    }
    if (round > 0 && !widened && missing.size === 0) break;
    ids = [...new Set([...ids, ...missing])];
  }
  const current = [...read.values()];
  const deleted = new Set<string>();
  const rows: {
    id: string;
    attacks: string[];
    target: string;
    from: string | null;
    to: string | null;
    dataset: string | null;
  }[] = [];
  for (const group of groupEvents(current)) {
    const id = eventId(group);
    const members = group.flatMap((g) => read.get(g) ?? []);
    // An event of a seed is written again even with the same attacks: its counts may have changed.
    const same = members.every((m) => m.event === id && m.eventAttacks.length + 1 === group.length);
    if (same && !group.some((g) => seeded.has(g))) continue;
    for (const m of members) if (m.event !== null) deleted.add(m.event);
    const target = [...members].sort((a, b) => a.targetRank - b.targetRank || (a.id < b.id ? -1 : 1))[0]
      .target;
    const days = members.flatMap((m) => (m.from === null || m.to === null ? [] : [m.from, m.to])).sort();
    rows.push({
      id,
      attacks: group,
      target,
      from: days[0] ?? null,
      to: days[days.length - 1] ?? null,
      dataset: members[0]?.dataset ?? null,
    });
  }
  if (rows.length === 0 && deleted.size === 0) return;
  await tx.run(cypher()['write/upsert-events'], { rows, deleted: [...deleted] });
}

/** One window per attacker and stretch of seed days (days closer than `JOIN_DAYS` share one). */
function windowsOf(attacks: readonly EventAttack[]): Window[] {
  const out: Window[] = [];
  const dated = attacks
    .filter(isDated)
    .sort((a, b) => (a.attacker < b.attacker ? -1 : a.attacker > b.attacker ? 1 : a.from < b.from ? -1 : 1));
  for (const a of dated) {
    const last = out[out.length - 1];
    if (last !== undefined && last.attacker === a.attacker && addDays(last.hi, JOIN_DAYS) >= a.from) {
      if (a.to > last.hi) last.hi = a.to;
    } else out.push({ attacker: a.attacker, lo: a.from, hi: a.to });
  }
  return out;
}

const isDated = <A extends EventAttack>(a: A): a is A & { from: string; to: string } =>
  a.from !== null && a.to !== null;

async function readAttacks(
  tx: ManagedTransaction,
  ids: readonly string[],
  windows: readonly Window[],
): Promise<Map<string, ReadAttack>> {
  // An attack of a bounded phrase starts up to RANGE_DAYS before the window and still overlaps it.
  const query = windows.map((w) => ({ attacker: w.attacker, lo: addDays(w.lo, -RANGE_DAYS), hi: w.hi }));
  const result = await tx.run(cypher()['write/event-attacks'], { ids, windows: query });
  const out = new Map<string, ReadAttack>();
  for (const r of result.records) {
    const { from, to } = attackInterval(r.get('date') as string | null, r.get('precision') as string | null);
    const kind = r.get('targetKind') as string | null;
    out.set(r.get('id') as string, {
      id: r.get('id') as string,
      dataset: r.get('dataset') as string | null,
      attacker: r.get('attacker') as string,
      target: r.get('target') as string,
      targetRank: kind === null ? 0 : (RANK[kind] ?? 0),
      containers: r.get('containers') as string[],
      from,
      to,
      event: r.get('event') as string | null,
      eventAttacks: r.get('eventAttacks') as string[],
    });
  }
  return out;
}
