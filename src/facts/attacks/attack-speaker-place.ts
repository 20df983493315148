/**
 * The place of a local speaker: "The mayor of the southern city of X said one person was killed
 * when rockets pounded two residential districts", "The local administration in X said 22 people
 * died in a strike on a military base". An attack reported by someone who speaks for a place, with
 * no named place of its own, hit that place.
 */
import type { Cue } from './find-attack-cues';
import type { TargetGroup } from './find-attack-targets';
import { governor, type SentenceView } from './attack-sentence';

/** Words that end a speaker's noun phrase. */
const SPEAKER_STOPS = new Set([',', ';', ':', '.', '—', '–', '“', '”', '"']);
/** How many words a speaker's noun phrase may have. */
const MAX_SPEAKER_WORDS = 14;
/** How many lower-case words may stand between a place and the head after it ("X regional military administration"). */
const MAX_HEAD_WORDS = 3;

/** The place the speaker of the cue's clause speaks for, as the target of an attack with no named place. */
export function speakerPlace(view: SentenceView, cue: Cue): TargetGroup | undefined {
  const { tokens, lexicon } = view;
  const reporting = lexicon.attacks.reportingVerbs;
  // "the governor said Russian forces were intensifying attacks": attacks in general, not one event.
  if (cue.plural) return undefined;
  for (let r = 0; r < tokens.length; r++) {
    if (!reporting.has(tokens[r].lower) || (r >= cue.from && r < cue.to)) continue;
    // The speaker before the verb ("The mayor of X said …", "…, the mayor of X said") or after it ("…, said the mayor of X").
    let from = r;
    while (from > 0 && r - from < MAX_SPEAKER_WORDS && !SPEAKER_STOPS.has(tokens[from - 1].text)) from--;
    let to = r + 1;
    while (to < tokens.length && to - r <= MAX_SPEAKER_WORDS && !SPEAKER_STOPS.has(tokens[to].text)) to++;
    const spans: [number, number][] =
      r < cue.from
        ? [[from, r]]
        : [
            [from, r],
            [r + 1, to],
          ];
    for (const [a, b] of spans) {
      if (cue.from >= a && cue.from < b) continue;
      const place = localPlace(view, a, b);
      if (place) return { targets: [place], right: true };
    }
  }
  return undefined;
}

/** A place other than a country in tokens `[from, to)` that a local speaker's head governs or follows. */
function localPlace(
  view: SentenceView,
  from: number,
  to: number,
): TargetGroup['targets'][number] | undefined {
  const { tokens, places, placeStart, lexicon } = view;
  const heads = lexicon.places.localSpeakerHeads;
  for (let k = from; k < to; k++) {
    const pi = placeStart[k];
    if (pi < 0) continue;
    const p = places[pi];
    if (p.kind === 'country' || p.to > to) continue;
    // "the mayor of the southern city of X", "the local administration in X".
    const g = governor(view, p.from);
    if (g > from && /^(?:of|in)$/.test(tokens[g].lower) && heads.has(tokens[g - 1].lower)) return p;
    // "X city council", "the X regional military administration".
    for (let j = p.to; j < Math.min(to, p.to + MAX_HEAD_WORDS); j++) {
      if (heads.has(tokens[j].lower)) return p;
      if (!/^\p{Ll}/u.test(tokens[j].text)) break;
    }
  }
  return undefined;
}
