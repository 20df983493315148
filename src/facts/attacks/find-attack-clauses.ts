/**
 * Attack clauses of one sentence: for each attack cue that reports an event (not a plan, threat,
 * denial or purpose), its actor, target places and kind. Cues without an actor take the actor of
 * another cue of the same sentence ("expanding a ground offensive in Gaza … after days of air
 * strikes"); cues of one actor and a compatible kind merge ("shelled X, hitting a TV tower").
 */
import type { AttackKind } from './attack-cues';
import type { ActorSpan } from './attack-actors';
import { findCueActor, isIrrealis, subjectOf } from './find-attack-actor';
import { findCues, type Cue } from './find-attack-cues';
import { findTargets, type TargetGroup } from './find-attack-targets';
import { speakerPlace } from './attack-speaker-place';
import { findWeapons } from './attack-numbers';
import type { SentenceView } from './attack-sentence';

export interface ActorRef {
  readonly name: string;
  readonly key?: string;
}

export interface AttackClause {
  readonly cue: Cue;
  actor?: ActorRef;
  /** The actor came from another clause or an earlier sentence. */
  inherited: boolean;
  group?: TargetGroup;
  kind?: AttackKind;
  /** "the attack", "as a result of the shelling": refers back to an attack already reported. */
  readonly anaphoric: boolean;
  /** Token range the clause covers (actor, cue, targets). */
  from: number;
  to: number;
}

const ARMED_KINDS = new Set(['force', 'weapon', 'cue', 'country', 'group', 'pronoun']);
const MAX_ARMED_DISTANCE = 6;
const KIND_ORDER: readonly AttackKind[] = ['explosive', 'air', 'shelling', 'clash'];

/** Finds the attack clauses of a sentence; `previous` resolves "it" when the sentence does not. */
export function findAttackClauses(view: SentenceView, previous: ActorRef | undefined): AttackClause[] {
  const clauses: AttackClause[] = [];
  for (const cue of findCues(view)) {
    if (isIrrealis(view, cue) || ongoingCampaign(view, cue)) continue;
    const found = findCueActor(view, cue);
    if (found.purpose) continue;
    const span = found.actor;
    if (cue.need === 'armed-subject' || cue.need === 'armed-place-object') {
      const armed =
        span !== undefined &&
        ARMED_KINDS.has(span.kind) &&
        !(cue.verb && !cue.passive && cue.from - span.to > MAX_ARMED_DISTANCE);
      // "Four missiles also hit X": a weapon as the subject, its side left to the context.
      if (!armed && (span !== undefined || !weaponSubject(view, cue))) continue;
    }
    const group = findTargets(view, cue, span, found.modifierTarget) ?? speakerPlace(view, cue);
    const actor = span ? resolve(view, span, previous) : undefined;
    let from = Math.min(cue.from, span?.from ?? cue.from, ...(group?.targets.map((t) => t.from) ?? []));
    let to = Math.max(cue.to, span?.to ?? 0, ...(group?.targets.map((t) => t.to) ?? []));
    from = Math.max(0, from);
    to = Math.min(view.tokens.length, to);
    const weapons = findWeapons(view, Math.min(from, cue.from), Math.max(to, cue.to + 8));
    const kind = cue.kind ?? KIND_ORDER.find((k) => weapons.kinds.includes(k));
    clauses.push({
      cue,
      actor,
      inherited: false,
      group,
      kind,
      anaphoric: isAnaphoric(view, cue, span),
      from,
      to,
    });
  }
  shareActors(clauses);
  return mergeClauses(clauses);
}

/** How far before a campaign noun its light verb may stand ("launched a major new offensive"). */
const CAMPAIGN_WINDOW = 5;

/**
 * "its Donbas offensive", "Kyiv's counter-offensive in the south": a campaign noun that no light
 * verb governs names an operation under way, not an attack the article reports; "launched an
 * offensive on X" does report one.
 */
function ongoingCampaign(view: SentenceView, cue: Cue): boolean {
  const { tokens, lexicon } = view;
  if (cue.verb || !lexicon.attacks.campaignNouns.has(tokens[cue.from].lower)) return false;
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - CAMPAIGN_WINDOW); k--) {
    const w = tokens[k].lower;
    if (lexicon.attacks.lightVerbs.has(w) && !/^(?:its|their|his|her)$/.test(w)) return false;
    if (
      !/^[\p{Ll}\p{Lu}'’-]/u.test(tokens[k].text) ||
      /^(?:of|in|on|at|to|by|from|with|and|or|for|that|which)$/.test(w)
    )
      break;
  }
  return true;
}

/** How far after "by" a weapon may start to be the agent ("by 13 Russian-made cruise missiles"). */
const MAX_AGENT_CHARS = 24;

/**
 * Whether a weapon mention is the subject of the verb cue ("Four missiles hit", "Rockets later
 * struck") or the agent of a passive one ("hit by 13 missiles").
 */
function weaponSubject(view: SentenceView, cue: Cue): boolean {
  if (!cue.verb) return false;
  if (cue.passive) {
    const by = view.tokens[cue.to]?.lower === 'by' ? view.tokens[cue.to + 1] : undefined;
    if (by === undefined) return false;
    const agent = view.weapons.find((m) => m.start >= by.start);
    return agent !== undefined && agent.start - by.start <= MAX_AGENT_CHARS;
  }
  let k = cue.from - 1;
  while (k >= 0 && view.lexicon.attacks.verbAdverbs.has(view.tokens[k].lower)) k--;
  const end = view.tokens[k]?.end;
  return end !== undefined && view.weapons.some((m) => m.end === end);
}

function resolve(view: SentenceView, span: ActorSpan, previous: ActorRef | undefined): ActorRef | undefined {
  let s: ActorSpan | undefined = span;
  while (s && s.kind === 'pronoun') s = subjectOf(view, s.from);
  if (s) return { name: s.name, key: s.key };
  return previous;
}

function isAnaphoric(view: SentenceView, cue: Cue, actor: ActorSpan | undefined): boolean {
  if (cue.verb || actor) return false;
  const { tokens } = view;
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - 4); k--) {
    const w = tokens[k].lower;
    if (w === 'the' || w === 'this' || w === 'that' || w === 'these' || w === 'result' || w === "'s")
      return true;
    if (/^(?:of|in|on|at|by|after|and|,)$/.test(w)) break;
  }
  return (cue.from === 0 && !cue.plural) || (tokens[cue.from - 1]?.cap ?? false);
}

function shareActors(clauses: AttackClause[]): void {
  for (const c of clauses) {
    if (c.actor || c.anaphoric) continue;
    const donor = clauses.find((d) => d.actor && !d.inherited);
    if (donor?.actor) {
      c.actor = donor.actor;
      c.inherited = true;
    }
  }
}

const compatible = (a?: AttackKind, b?: AttackKind): boolean => a === undefined || b === undefined || a === b;

function mergeClauses(clauses: AttackClause[]): AttackClause[] {
  const out: AttackClause[] = [];
  for (const c of clauses) {
    const into = out.find(
      (o) =>
        o.actor !== undefined &&
        o.actor.name === c.actor?.name &&
        compatible(o.kind, c.kind) &&
        (!o.group || !c.group || o.group.targets[0].name === c.group.targets[0].name),
    );
    if (!into) {
      out.push(c);
      continue;
    }
    into.kind ??= c.kind;
    into.from = Math.min(into.from, c.from);
    into.to = Math.max(into.to, c.to);
    if (!into.group) into.group = c.group;
  }
  return out;
}
