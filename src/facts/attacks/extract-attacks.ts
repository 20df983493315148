/**
 * Who attacked where: attack events the article reports as having happened, with attacker,
 * target place, enclosing place, weapons and counts, interceptions, date and casualties.
 * Sentences are read in order; a sentence that only refers back to an attack ("Sunday's attack
 * involved 408 drones", "As a result of the shelling, two people died") adds to that attack.
 */
import type { Doc } from '../../model/doc';
import type { Attack, AttackRule } from '../../model/fact';
import type { Sentence } from '../../model/text';
import { ArticleDates, publicationDay, type TextDate } from './attack-dates';
import { recalledHistory } from './attack-history';
import { addInterceptions, enrichEvent, toAttacks, type AttackEvent } from './attack-event';
import {
  casualtiesOf,
  findCasualties,
  findInterceptions,
  findTolls,
  findWeapons,
  type Casualties,
  type Toll,
} from './attack-numbers';
import { viewSentence, type SentenceView } from './attack-sentence';
import type { PlaceSpan } from './attack-place-span';
import type { TargetGroup } from './find-attack-targets';
import { attackTokens } from './attack-tokens';
import { findAttackClauses, type ActorRef, type AttackClause } from './find-attack-clauses';
import { defaultLexicon, type Lexicon } from '../../lexicon/load-lexicon';
import { attackCueSentences, hasAttackCue } from '../../entities/attack-cues';

/** Words that mark a conflict report; fewer than this many and the stage stays quiet. */
const MIN_CONFLICT_WORDS = 2;
/** How many sentences back a referring sentence may reach for its attack. */
const MAX_REFERENCE_DISTANCE = 3;

/**
 * Extracts the attacks of one article. Pure: reads only its arguments.
 * Each attack keeps its sentences, its `[start, end)` range in `article.text` and its rule.
 */
export function extractAttacks(doc: Doc): Attack[] {
  const { article, sentences, entities, lexicon } = doc;
  const { frameCueRe, followUpRe } = lexicon.attacks;
  // Only a sentence with an attack or frame cue starts an attack, so an article with none has no
  // attack; the cue answers are the entity stage's, and one frame-cue test of the whole text
  // spares most articles the conflict-word scan of their whole text.
  if (attackCueSentences(sentences, lexicon).length === 0 && !frameCueRe.test(article.text)) return [];
  if (!isConflictReport(article.text, lexicon)) return [];
  const events: AttackEvent[] = [];
  const dates = new ArticleDates(article, lexicon);
  const published = publicationDay(article.publishedAt);
  const year = published === undefined ? undefined : Number(published.slice(0, 4));
  // The discourse date: the last day-precise date of an earlier sentence that reports an attack.
  let context: TextDate | undefined;
  const keys = new Map(entities.map((e) => [e.name.toLowerCase(), e.key]));
  const keyed = (a: ActorRef): ActorRef =>
    a.key ? a : { ...a, ...(keys.has(a.name.toLowerCase()) ? { key: keys.get(a.name.toLowerCase()) } : {}) };
  let previousActor: ActorRef | undefined;
  let last: AttackEvent | undefined;
  let lastSentence = -Infinity;
  // A toll stated just before any attack is reported ("Three people died in X. A missile hit …").
  let pending: { index: number; casualties: Casualties } | undefined;
  for (const s of sentences) {
    if (!hasAttackCue(sentences, s.index, lexicon) && !frameCueRe.test(s.text)) {
      if (!followUpRe.test(s.text)) continue;
      if (last && s.index - lastSentence <= 1) followUp(doc, s, last);
      else pending = { index: s.index, casualties: casualtiesIn(doc, s) };
      continue;
    }
    const view = viewSentence(doc, s);
    // Attacks recalled from history are not reported events (GUIDELINES: "Also not attacks").
    const clauses = findAttackClauses(view, antecedent(doc, view) ?? previousActor).filter(
      (c) => !recalledHistory(view, c, year),
    );
    let side = previousActor;
    for (const c of clauses) {
      if (inheritsActor(c) && side && !inOwnCountry(c.group.targets, side)) {
        // An attack reported without its attacker ("Four missiles hit the port of X", "X was
        // shelled overnight") in an article that has named the attacking side: that side.
        c.actor = side;
        c.inherited = true;
      }
      if (c.actor) side = c.actor;
    }
    const earliers = clauses.map((c) =>
      last && s.index - lastSentence <= MAX_REFERENCE_DISTANCE && refersTo(c, last) ? last : undefined,
    );
    const reports = clauses.map((c, ci) => !!(c.actor && c.group) || earliers[ci] !== undefined);
    // The sentence's tolls, read once and only when a clause reports or adds to an attack, each
    // given to its nearest clause; the date phrase nearest each clause's cue (`dates` reads the
    // sentence's phrases once).
    let tolls: Toll[][] | undefined;
    const sentenceTolls = (): Toll[][] =>
      (tolls ??= tollsByClause(findTolls(view.tokens, 0, view.tokens.length, lexicon), clauses, reports));
    let touched: AttackEvent | undefined;
    let sentenceContext: TextDate | undefined;
    for (const [ci, c] of clauses.entries()) {
      const earlier = earliers[ci];
      if (c.group || earlier) {
        const date = dates.textDate(s, cueSpan(view, c));
        // A clause that reports an attack on a place or adds to one: its day dates later reports.
        if (dates.setsContext(date)) sentenceContext = date;
        if (reports[ci]) {
          const casualties = casualtiesOf(sentenceTolls()[ci]);
          const facts = { weapons: findWeapons(view, c.from, c.to + 8), casualties, date };
          if (c.actor && c.group && !isCampaign(c, date)) {
            const e = newEvent(view, c, keyed(c.actor), context);
            enrichEvent(e, s.index, facts);
            if (
              pending?.index === s.index - 1 &&
              e.killed === undefined &&
              e.injured === undefined &&
              !e.ground
            )
              enrichEvent(e, pending.index, { casualties: pending.casualties });
            events.push(e);
            // A capture or advance is not what a later "the strike killed …" refers back to.
            if (!e.ground) touched = e;
          } else if (earlier) {
            enrichEvent(earlier, s.index, facts);
            touched = earlier;
          }
        }
      }
      if (c.actor) previousActor = c.actor;
    }
    context = sentenceContext ?? context;
    if (touched) {
      addInterceptions(touched, findInterceptions(view.tokens, lexicon), s.index);
      last = touched;
      lastSentence = s.index;
    } else if (last && s.index - lastSentence <= 1) {
      addInterceptions(last, findInterceptions(view.tokens, lexicon), s.index);
      // A toll of the last attack, in a sentence that reports no other ("One person was killed by the strikes").
      if (!clauses.some((c) => c.group)) {
        enrichEvent(last, s.index, {
          casualties: findCasualties(view.tokens, 0, view.tokens.length, lexicon),
        });
        // The sentence goes on about the last attack ("As a result, houses were destroyed"): the
        // next sentence may still state its toll.
        if (!clauses.some((c) => c.actor && c.actor.name !== last?.actor.name)) lastSentence = s.index;
      }
    }
  }
  return toAttacks(events, (text, at) => dates.dateOf(text, at));
}

/**
 * A clause with no attacker of its own whose target is the object of the attack ("… hit X",
 * "an attack on X") or the subject of a passive ("X was shelled"): the reports whose attacker
 * the surrounding sentences supply. A place merely before an attack noun ("in X … dozens of
 * attacks") is not enough.
 */
function inheritsActor(c: AttackClause): c is AttackClause & { group: TargetGroup } {
  return !c.actor && !c.anaphoric && c.group !== undefined && (c.group.right || c.cue.passive);
}

/** Actor kinds that may be the antecedent of a sentence-initial "It". */
const ANTECEDENT_KINDS = new Set(['country', 'force', 'group']);

/**
 * "Russia poured troops into the south. It eventually captured X": a sentence that opens with
 * "It" refers to the subject of the sentence before, the first actor there that is not a place
 * after a preposition, whether or not that sentence reported an attack.
 */
function antecedent(doc: Doc, view: SentenceView): ActorRef | undefined {
  const { index } = view.sentence;
  if (view.tokens[0]?.lower !== 'it' || index === 0) return undefined;
  const before = viewSentence(doc, doc.sentences[index - 1]);
  const subject = before.actors.find((a) => ANTECEDENT_KINDS.has(a.kind) && !a.afterPreposition);
  return subject && { name: subject.name, ...(subject.key ? { key: subject.key } : {}) };
}

/** Whether every target lies in the actor's own country (an actor does not attack itself). */
function inOwnCountry(targets: readonly PlaceSpan[], actor: ActorRef): boolean {
  return targets.every((t) => t.name === actor.name || t.country === actor.name);
}

/** Whether the text reads as a conflict report at all (economic wires do not). */
export function isConflictReport(text: string, lexicon: Lexicon = defaultLexicon()): boolean {
  const CONFLICT_RE = lexicon.attacks.conflictRe;
  CONFLICT_RE.lastIndex = 0;
  let n = 0;
  while (CONFLICT_RE.exec(text) !== null) if (++n >= MIN_CONFLICT_WORDS) return true;
  return false;
}

/** Plural attacks on a whole country with no date: a campaign, not an event. */
function isCampaign(c: AttackClause, date: TextDate | undefined): boolean {
  return c.cue.plural && !date && (c.group?.targets.every((t) => t.kind === 'country') ?? false);
}

/** A clause without its own actor or place refers to the last attack when it fits it. */
function refersTo(c: AttackClause, last: AttackEvent): boolean {
  if (c.actor && c.actor.name !== last.actor.name) return false;
  if (c.kind && last.kind && c.kind !== last.kind) return false;
  if (c.group && !c.anaphoric) return false;
  return c.anaphoric || c.actor !== undefined;
}

function newEvent(view: SentenceView, c: AttackClause, actor: ActorRef, context?: TextDate): AttackEvent {
  const loc = c.group?.location;
  const { tokens } = view;
  const form = c.cue.verb ? (c.cue.passive ? 'passive' : 'verb') : 'noun';
  const rule: AttackRule = `attack.${form}${c.group?.right ? '' : '.before'}${c.inherited ? '.context' : ''}`;
  return {
    actor,
    targets: c.group?.targets ?? [],
    ...(loc ? { location: loc.name, ...(loc.key ? { locationKey: loc.key } : {}) } : {}),
    kind: c.kind,
    sentences: [view.sentence.index],
    start: tokens[c.from].start,
    end: tokens[c.to - 1].end,
    rule,
    weapons: [],
    weaponKeys: [],
    counts: {},
    kinds: [],
    ...(context ? { context } : {}),
    ...(c.cue.ground ? { ground: true } : {}),
  };
}

/** The characters of a clause's cue. */
function cueSpan(view: SentenceView, c: AttackClause): { start: number; end: number } {
  return { start: view.tokens[c.cue.from].start, end: view.tokens[Math.max(c.cue.from, c.cue.to - 1)].end };
}

/** Each toll of a sentence goes to the nearest clause that reports or adds to an attack; index `i` holds clause `i`'s. */
function tollsByClause(
  tolls: readonly Toll[],
  clauses: readonly AttackClause[],
  reports: readonly boolean[],
): Toll[][] {
  const out = clauses.map((): Toll[] => []);
  for (const t of tolls) {
    let best = -1;
    let bestDistance = Infinity;
    clauses.forEach((c, i) => {
      if (!reports[i]) return;
      const d = t.at < c.from ? c.from - t.at : t.from >= c.to ? t.from - c.to + 1 : 0;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    if (best >= 0) out[best].push(t);
  }
  return out;
}

/** The toll a sentence states. */
function casualtiesIn(doc: Doc, s: Sentence): Casualties {
  const tokens = attackTokens(doc, s.index);
  return findCasualties(tokens, 0, tokens.length, doc.lexicon);
}

/** A sentence right after an attack that states its toll or interceptions. */
function followUp(doc: Doc, s: Sentence, last: AttackEvent): void {
  const { lexicon } = doc;
  const tokens = attackTokens(doc, s.index);
  const casualties = findCasualties(tokens, 0, tokens.length, lexicon);
  if (casualties.killed !== undefined || casualties.injured !== undefined)
    enrichEvent(last, s.index, { casualties });
  addInterceptions(last, findInterceptions(tokens, lexicon), s.index);
}
