/**
 * Which attacks report the same event. Pure.
 *
 * Two attacks are one event when they are of the same dataset and have the same attacker, overlapping dates (see
 * {@link attackInterval}) and the same target; an attack on a place that contains the target of
 * others (the region or country of a town, or the enclosing place an attack names: "Chuhuiv, in
 * the Kharkiv region") joins them when, among the events of that attacker at that time, exactly
 * one is inside its place: "Russia struck the Kharkiv region on Monday" joins the one strike on
 * a town of the region that day, and stays an event of its own beside two. Containers are
 * attached from the smallest up (towns, then regions, then countries), so a country-wide report
 * never chains two strikes together. Undated attacks are events of their own.
 */

/** An attack as the grouping reads it. */
export interface EventAttack {
  readonly id: string;
  readonly attacker: string;
  readonly target: string;
  /** 0: a town or site, 1: a region, 2: a country (containers attach from small to large). */
  readonly targetRank: number;
  /** Ids of the places known to contain the target (enclosing place, region, country). */
  readonly containers: readonly string[];
  /** ISO days, inclusive; null when the attack has no day. */
  readonly from: string | null;
  readonly to: string | null;
  /** The dataset of its article (`load --dataset`); attacks of different datasets are never one event. */
  readonly dataset?: string | null;
}

/** Days a bounded phrase ("since Monday") spans from its day. */
export const RANGE_DAYS = 6;

/** An attack's days: one day, or a week from the day of a bounded phrase; none without a day. */
export function attackInterval(
  date: string | null,
  precision: string | null,
): { from: string | null; to: string | null } {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { from: null, to: null };
  if (precision === 'range') return { from: date, to: addDays(date, RANGE_DAYS) };
  return { from: date, to: date };
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const overlaps = (a: EventAttack, b: EventAttack): boolean =>
  a.from !== null && b.from !== null && a.to !== null && b.to !== null && a.from <= b.to && b.from <= a.to;

/** Union-find over indexes. */
class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  join(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The events of `attacks`: lists of attack ids, each sorted, in order of their first id. */
export function groupEvents(attacks: readonly EventAttack[]): string[][] {
  const sorted = [...attacks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Groups(sorted.length);
  const byAttacker = new Map<string, number[]>();
  sorted.forEach((a, i) => {
    if (a.from === null) return;
    const key = `${a.dataset ?? ''}\u0000${a.attacker}`;
    const list = byAttacker.get(key);
    if (list === undefined) byAttacker.set(key, [i]);
    else list.push(i);
  });
  for (const members of byAttacker.values()) {
    // 1. The same target on overlapping days.
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = [sorted[members[x]], sorted[members[y]]];
        if (a.target === b.target && overlaps(a, b)) groups.join(members[x], members[y]);
      }
    // 2. A container joins the one event inside it, smallest containers first.
    const byRank = [...members].sort((x, y) => sorted[x].targetRank - sorted[y].targetRank || x - y);
    for (const c of byRank) {
      const container = sorted[c];
      const inside = new Set<number>();
      for (const i of members) {
        const a = sorted[i];
        if (
          a.target !== container.target &&
          a.containers.includes(container.target) &&
          overlaps(a, container)
        )
          inside.add(groups.find(i));
      }
      // The container's own event counts too: already joined with one strike, it takes no second.
      if (inside.size === 1) groups.join(c, [...inside][0]);
    }
  }
  const out = new Map<number, string[]>();
  sorted.forEach((a, i) => {
    const root = groups.find(i);
    const list = out.get(root);
    if (list === undefined) out.set(root, [a.id]);
    else list.push(a.id);
  });
  return [...out.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The id of the event of these attacks (sorted ids): stable for the same set. */
export const eventId = (attackIds: readonly string[]): string => `event:${attackIds[0]}`;
