/**
 * Places named in the place slots of attack reports that no gazetteer knows (small villages,
 * facilities): a capitalised run after a preposition or an attack verb ("shelled Varnitsa",
 * "near Kelkka"), after another place in a list, or as the subject of "was shelled"; and a name
 * the name finder took for a person that stands only in such slots ("the village of Nova Selo").
 * Toponym connectors ("Shakhta imeni X", "Port of X") stay inside the name. Only sentences with
 * an attack cue are read: elsewhere "in X" says nothing about X. Part of the entity stage, run
 * after resolution, so every later stage finds these places among the entities.
 */
import type { TextDoc } from '../model/doc';
import type { Entity, Mention } from '../model/entity';
import type { Token } from '../model/text';
import { sentenceTokens } from '../text/read-doc';
import { TARGET_PREPOSITIONS } from '../text/grammar-words';
import type { Lexicon } from '../lexicon/load-lexicon';
import { placeKey } from './place-key';
import { fixedEntity, fixedMention, newMention } from './shapes';
import { attackCueSentences } from './attack-cues';

/** A Doc token with the attack-report flags this step reads. */
interface SlotToken extends Token {
  /** An attack verb, or an attack noun in -ing ("shelled", "shelling"). */
  readonly cue: boolean;
  /** A demonym mention ("Russian"). */
  readonly demonym: boolean;
}

/** `t` with its flags, written out field by field (a spread copy costs several times more). */
function slotToken(t: Token, cue: boolean, demonym: boolean): SlotToken {
  const { text, start, end, sentence, lower, word, cap, possessive } = t;
  return { text, start, end, sentence, lower, word, cap, possessive, cue, demonym };
}

const CONNECTORS = new Set('imeni na nad pid de del al el la le sur am an der'.split(' '));
/** Prepositions after which a name is a place ("near X"); with attack verbs, the person rule's slots. */
const PLACE_SLOT_WORDS = new Set('near in at outside around into toward towards'.split(' '));

const isWordCap = (t: Token | undefined): boolean =>
  t !== undefined && t.cap && /^[\p{L}\p{N}]/u.test(t.text) && !/-\p{Ll}/u.test(t.text);
const isAcronym = (w: string): boolean => /^[A-Z0-9]{2,}s?$/.test(w);

/** The entities with the places of attack-report slots added. */
export function addSlotPlaces(doc: TextDoc, entities: readonly Entity[]): Entity[] {
  const { lexicon } = doc;
  const { verbs, nouns } = lexicon.attacks;
  const cues = attackCueSentences(doc.sentences, lexicon);
  if (cues.length === 0) return [...entities];
  const cueSentences = new Set(cues.map((s) => s.index));
  const out = entities.map((e) => (personInPlaceSlot(doc, e, cueSentences) ? asPlace(e, lexicon) : e));
  const added = new Map<string, Mention[]>();
  const bySentence = mentionsBySentence(out);
  for (const sentence of cues) {
    const mentions = bySentence.get(sentence.index) ?? [];
    const demonyms = new Set(mentions.filter(({ m }) => m.demonym).map(({ m }) => m.start));
    const tokens = sentenceTokens(doc, sentence.index).map((t) =>
      slotToken(
        t,
        verbs.has(t.lower) || (t.lower.endsWith('ing') && nouns.has(t.lower)),
        demonyms.has(t.start),
      ),
    );
    const covered = new Uint8Array(tokens.length);
    const ends = new Set<number>();
    for (const { e, m } of mentions) {
      let to = 0;
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].end > m.start && tokens[i].start < m.end) {
          covered[i] = 1;
          to = i + 1;
        }
      }
      if (e.type === 'Location' && to > 0) ends.add(to);
    }
    for (const m of slotPlaces(doc, tokens, covered, ends, lexicon, sentence.index)) {
      const key = placeKey(m.text, lexicon);
      added.set(key, [...(added.get(key) ?? []), m]);
    }
  }
  for (const [key, mentions] of added) {
    const known = out.findIndex((e) => e.key === key);
    if (known >= 0) out[known] = { ...out[known], mentions: [...out[known].mentions, ...mentions] };
    else
      out.push(
        fixedEntity({ key, type: 'Location', name: mentions[0].text, aliases: [], mentions, roles: [] }),
      );
  }
  return out;
}

/** Every mention of `entities` with its entity, by sentence index, in entity order. */
function mentionsBySentence(entities: readonly Entity[]): Map<number, { e: Entity; m: Mention }[]> {
  const out = new Map<number, { e: Entity; m: Mention }[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = out.get(m.sentence);
      if (list) list.push({ e, m });
      else out.set(m.sentence, [{ e, m }]);
    }
  }
  return out;
}

/**
 * A person entity with no role that stands in a place slot of an attack report ("shelled X", "near X")
 * of one of `cueSentences` (the sentences with an attack cue).
 */
function personInPlaceSlot(doc: TextDoc, e: Entity, cueSentences: ReadonlySet<number>): boolean {
  if (e.type !== 'Person' || e.roles.length > 0) return false;
  const { lexicon } = doc;
  const { verbs } = lexicon.attacks;
  if (e.mentions.some((m) => m.role)) return false;
  return e.mentions.some((m) => {
    if (!cueSentences.has(m.sentence)) return false;
    const tokens = sentenceTokens(doc, m.sentence);
    let k = tokens.findIndex((t) => t.start === m.start) - 1;
    if (k < -1) return false;
    if (tokens[k]?.lower === 'of' && lexicon.places.slotHeads.has(tokens[k - 1]?.lower ?? '')) return true;
    if (tokens[k]?.lower === 'the') k--;
    const p = tokens[k];
    return p !== undefined && (PLACE_SLOT_WORDS.has(p.lower) || verbs.has(p.lower));
  });
}

function asPlace(e: Entity, lexicon: Lexicon): Entity {
  const mentions = e.mentions.map((m): Mention =>
    fixedMention({ ...m, type: 'Location', rule: 'place.slot' }),
  );
  return fixedEntity({ ...e, key: placeKey(e.name, lexicon), type: 'Location', mentions });
}

/** Capitalised runs no mention covers that stand in a place slot (`covered` marks mention tokens). */
function slotPlaces(
  doc: TextDoc,
  tokens: readonly SlotToken[],
  covered: Uint8Array,
  ends: Set<number>,
  lexicon: Lexicon,
  sentence: number,
): Mention[] {
  const weapons = lexicon.weapons.words;
  // Capitalised words that never start or belong to a place name in these reports.
  const notPlace = lexicon.notNames.places;
  const { platforms, notNames } = lexicon.vocabulary;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !isWordCap(t) || (i > 0 && isWordCap(tokens[i - 1]) && !covered[i - 1])) continue;
    if (!inPlaceSlot(tokens, i, ends, lexicon) || t.demonym || isAcronym(t.text)) continue;
    const from = i;
    const to = runEnd(tokens, covered, i, lexicon);
    const words = tokens.slice(from, to);
    i = to - 1;
    if (words.some((x) => notPlace.has(x.lower) || weapons.has(x.lower) || /^systems?$/.test(x.lower)))
      continue;
    // "on Telegram", "in Politico", "If …", "Ky.": media, function words and abbreviations are no places.
    if (words.some((x) => platforms.has(x.lower) || notNames.has(x.lower) || x.text.endsWith('.'))) continue;
    if (namesSideOrRoad(tokens, to, lexicon)) continue;
    // "…, Politico reports": a name that speaks is no place hit.
    if (tokens[to] !== undefined && !tokens[to].cap && lexicon.speech.verbs.has(tokens[to].lower)) continue;
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    out.push(newMention(start, end, doc.article.text.slice(start, end), 'Location', sentence, 'place.slot'));
    ends.add(to);
  }
  return out;
}

/** After a preposition or attack verb, after a place and a list separator, or before "was shelled". */
function inPlaceSlot(
  tokens: readonly SlotToken[],
  i: number,
  ends: ReadonlySet<number>,
  lexicon: Lexicon,
): boolean {
  let prev = i - 1;
  if (tokens[prev]?.lower === 'the') prev--;
  const p = tokens[prev];
  if (p && (TARGET_PREPOSITIONS.has(p.lower) || p.cue)) return true;
  // "shelled with multiple rocket launchers Huliaipole": after the instrument phrase.
  if (p && (lexicon.weapons.words.has(p.lower) || /^weapon(?:s|ry)$/.test(p.lower))) return true;
  if (p && (p.text === ',' || p.lower === 'and' || p.lower === 'or') && ends.has(prev)) return true;
  let j = i + 1;
  while (j < tokens.length && isWordCap(tokens[j])) j++;
  if (!/^(?:was|were)$/.test(tokens[j]?.lower ?? '')) return false;
  return (tokens[j + 1]?.cue ?? false) || (tokens[j + 2]?.cue ?? false);
}

function runEnd(tokens: readonly SlotToken[], covered: Uint8Array, i: number, lexicon: Lexicon): number {
  const OF_HEADS = lexicon.places.fallbackOfHeads;
  let to = i + 1;
  while (to < tokens.length && !covered[to]) {
    const n = tokens[to];
    const next = tokens[to + 1];
    if (isWordCap(n)) to++;
    else if ((n.text === '-' || CONNECTORS.has(n.text)) && isWordCap(next) && !covered[to + 1]) to += 2;
    else if (n.lower === 'of' && OF_HEADS.has(tokens[to - 1].lower) && isWordCap(next) && !covered[to + 1])
      to += 2;
    else break;
  }
  return to;
}

/** "Donbass People's Militia", "Russian positions", "the Izium highway": not the place hit. */
function namesSideOrRoad(tokens: readonly SlotToken[], to: number, lexicon: Lexicon): boolean {
  const FORCE_NOUNS = lexicon.attacks.forceNouns;
  const last = tokens[to - 1].lower;
  const after = tokens[to];
  if (FORCE_NOUNS.has(last) || last === 'people') return true;
  if (after && (after.lower === 'people' || FORCE_NOUNS.has(after.lower) || after.lower === 'positions'))
    return true;
  if (after && lexicon.places.roads.has(after.lower)) return true;
  if (after?.possessive) {
    const head = tokens[to + 1];
    return head !== undefined && (FORCE_NOUNS.has(head.lower) || head.cap);
  }
  return false;
}
