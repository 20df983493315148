/**
 * An attack event while an article is read: built from a clause, enriched by later sentences
 * that refer back to it ("Sunday's attack involved 408 drones"), then turned into one Attack per
 * target place, with repeated reports of the same attack merged.
 */
import type { Attack, AttackRule, AttackType } from '../../model/fact';
import type { AttackDate, TextDate } from './attack-dates';
import type { AttackKind } from './attack-cues';
import type { Casualties, Interception, WeaponFacts } from './attack-numbers';
import type { PlaceSpan } from './attack-place-span';
import type { ActorRef } from './find-attack-clauses';

export interface AttackEvent {
  readonly actor: ActorRef;
  readonly targets: readonly PlaceSpan[];
  readonly location?: string;
  readonly locationKey?: string;
  kind?: AttackKind;
  readonly sentences: number[];
  start: number;
  end: number;
  readonly rule: AttackRule;
  readonly weapons: string[];
  /** Entity keys of `weapons`, in the same order. */
  readonly weaponKeys: string[];
  readonly counts: Record<string, number>;
  intercepted?: Record<string, number>;
  /** The date of the text (a phrase of the event's own sentences), once one is read. */
  date?: TextDate;
  /** The discourse date where the event is first reported (used when the text gives none). */
  context?: TextDate;
  killed?: number;
  injured?: number;
  /** Weapon kinds seen, to choose the type when the cue does not say it. */
  readonly kinds: AttackKind[];
  /** A capture, fall or advance on the place (see `Cue.ground`). */
  readonly ground?: boolean;
}

const TYPES: Record<AttackKind, AttackType> = {
  air: 'Air/drone strike',
  shelling: 'Shelling/artillery/missile attack',
  clash: 'Armed clash',
  explosive: 'Remote explosive/landmine/IED',
};
const KIND_ORDER: readonly AttackKind[] = ['explosive', 'air', 'shelling', 'clash'];

/** Adds what a sentence says about an event, keeping what is already known. */
export function enrichEvent(
  e: AttackEvent,
  sentence: number,
  facts: { weapons?: WeaponFacts; casualties?: Casualties; date?: TextDate },
): void {
  if (!e.sentences.includes(sentence)) e.sentences.push(sentence);
  facts.weapons?.weapons.forEach((w, i) => {
    if (e.weapons.includes(w)) return;
    e.weapons.push(w);
    e.weaponKeys.push(facts.weapons?.keys[i] ?? `weapon:${w}`);
  });
  for (const [w, n] of Object.entries(facts.weapons?.counts ?? {})) e.counts[w] ??= n;
  e.kinds.push(...(facts.weapons?.kinds ?? []));
  const c = facts.casualties;
  // "Four more people died": the figure adds to the one the attack has.
  if (c?.more?.killed && e.killed !== undefined && c.killed !== undefined) e.killed += c.killed;
  else e.killed = (c?.update ? c.killed : undefined) ?? e.killed ?? c?.killed;
  if (c?.more?.injured && e.injured !== undefined && c.injured !== undefined) e.injured += c.injured;
  else e.injured ??= c?.injured;
  e.date ??= facts.date;
}

/** Records interceptions ("all but 26 drones") against the event's weapon counts. */
export function addInterceptions(e: AttackEvent, found: readonly Interception[], sentence: number): void {
  if (found.length > 0 && !e.sentences.includes(sentence)) e.sentences.push(sentence);
  for (const x of found) {
    const key = Object.keys(e.counts).find((w) => w === x.weapon || w.endsWith(` ${x.weapon}`)) ?? x.weapon;
    const total = e.counts[key] ?? x.total;
    if (x.total !== undefined) e.counts[key] ??= x.total;
    const n = x.count ?? (x.allBut !== undefined && total !== undefined ? total - x.allBut : undefined);
    if (n === undefined || n < 0) continue;
    e.intercepted = { ...e.intercepted, [key]: n };
  }
}

const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Without an article to read: the date of the text, else none. */
const textOnly = (text: TextDate | undefined): AttackDate =>
  text
    ? {
        ...(text.iso !== undefined ? { date: text.iso } : {}),
        dateText: text.text,
        datePrecision: text.precision,
        dateSource: 'text',
      }
    : { datePrecision: 'unknown' };

/**
 * One Attack per event target; the same actor, target and compatible kind and text date merge
 * (the first report is kept). `dateOf` turns an event's text and context dates into the
 * attack's date (see `ArticleDates.dateOf`).
 */
export function toAttacks(
  events: readonly AttackEvent[],
  dateOf: (text: TextDate | undefined, context: TextDate | undefined) => AttackDate = textOnly,
): Attack[] {
  const out: Attack[] = [];
  // Indexes in `out` of the records that come only from a capture or advance.
  const grounds = new Set<number>();
  const seen = new Map<string, { kind?: AttackKind; date?: TextDate; index: number }[]>();
  for (const e of events) {
    const kind = e.kind ?? KIND_ORDER.find((k) => e.kinds.includes(k));
    for (const t of e.targets) {
      // A side does not attack its own country as a whole ("Ukraine was targeting Russian
      // facilities inside Ukraine"): the target of such a report is unknown.
      if (norm(t.name) === norm(e.actor.name)) continue;
      const id = `${norm(e.actor.name)}|${norm(t.name)}`;
      const same = seen.get(id) ?? [];
      const twin = same.find(
        (s) =>
          (s.kind === undefined || kind === undefined || s.kind === kind) &&
          (s.date === undefined ||
            e.date === undefined ||
            s.date.iso === e.date.iso ||
            s.date.text === e.date.text),
      );
      if (twin) {
        // A later report of the same attack may be the one that gives its toll.
        const kept = out[twin.index];
        out[twin.index] = {
          ...kept,
          ...(kept.killed === undefined && e.killed !== undefined ? { killed: e.killed } : {}),
          ...(kept.injured === undefined && e.injured !== undefined ? { injured: e.injured } : {}),
        };
        continue;
      }
      const location = e.location ?? (t.country && t.country !== t.name ? t.country : undefined);
      const attack: Attack = {
        kind: 'attack',
        attacker: e.actor.name,
        ...(e.actor.key ? { attackerKey: e.actor.key } : {}),
        target: t.name,
        ...(t.key ? { targetKey: t.key } : {}),
        ...(location ? { location } : {}),
        ...(e.location && e.locationKey ? { locationKey: e.locationKey } : {}),
        type: TYPES[kind ?? 'shelling'],
        weapons: [...e.weapons],
        weaponKeys: [...e.weaponKeys],
        weaponCounts: { ...e.counts },
        ...(e.intercepted ? { intercepted: e.intercepted } : {}),
        ...dateOf(e.date, e.context),
        ...(e.killed !== undefined ? { killed: e.killed } : {}),
        ...(e.injured !== undefined ? { injured: e.injured } : {}),
        sentences: [...e.sentences].sort((a, b) => a - b),
        start: e.start,
        end: e.end,
        rule: e.rule,
      };
      same.push({ kind, ...(e.date ? { date: e.date } : {}), index: out.length });
      seen.set(id, same);
      out.push(attack);
      if (e.ground) grounds.add(out.length - 1);
    }
  }
  return withoutVaguerTwins(withoutGroundTwins(out, grounds));
}

/**
 * A capture or advance on a place and a strike on it, by one side, in one article, with no two
 * dates told apart ("stepped up shelling … after the capture of X on Sunday"): one record, the
 * strike's, which keeps its date, weapons and toll and takes the capture's date when it has
 * none. `grounds` holds the indexes of the records that come only from a capture or advance.
 */
function withoutGroundTwins(attacks: Attack[], grounds: ReadonlySet<number>): Attack[] {
  if (grounds.size === 0) return attacks;
  const dropped = new Set<number>();
  for (const gi of grounds) {
    const g = attacks[gi];
    const i = attacks.findIndex(
      (a, ai) =>
        !grounds.has(ai) &&
        norm(a.attacker) === norm(g.attacker) &&
        norm(a.target) === norm(g.target) &&
        (a.date === undefined || g.date === undefined || a.date === g.date),
    );
    if (i < 0) continue;
    dropped.add(gi);
    const strike = attacks[i];
    attacks[i] = {
      ...strike,
      ...(strike.date === undefined && g.date !== undefined
        ? { date: g.date, dateText: g.dateText, datePrecision: g.datePrecision, dateSource: g.dateSource }
        : {}),
      ...(strike.killed === undefined && g.killed !== undefined ? { killed: g.killed } : {}),
      sentences: [...new Set([...strike.sentences, ...g.sentences])].sort((x, y) => x - y),
    };
  }
  return attacks.filter((_, i) => !dropped.has(i));
}

/**
 * The same attack named twice in one article, once by its place and once by a facility there
 * ("missiles at Odesa port" in a headline, "the Odesa sea trade port" in the text), is one
 * record: the one naming the place is dropped when a record of the same attacker names a
 * facility located there, on the same date or with no date on either.
 */
function withoutVaguerTwins(attacks: Attack[]): Attack[] {
  return attacks.filter(
    (a) =>
      !attacks.some(
        (b) =>
          b !== a &&
          b.location !== undefined &&
          norm(b.location) === norm(a.target) &&
          norm(b.attacker) === norm(a.attacker) &&
          (a.date === undefined || b.date === undefined || a.date === b.date) &&
          b.target.startsWith(a.target),
      ),
  );
}
