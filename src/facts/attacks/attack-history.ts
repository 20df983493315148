/**
 * Attacks recalled as history, well before the events an article reports (GUIDELINES: "Also not
 * attacks"): a clause that names a year long before publication ("bombed X in 1944"), counts back
 * many years ("… X nearly 80 years ago"), names a past war ("during the second world war"), or is
 * the start of the war that the article counts from ("since Russia began its attack on X").
 */
import { parseNumber } from './attack-numbers';
import type { AttackClause } from './find-attack-clauses';
import type { SentenceView } from './attack-sentence';

/** How many years before publication a year or a count back makes a clause history. */
export const HISTORY_YEARS = 5;
/** Words that end the clause around a cue when looking for its time. */
const CLAUSE_STOPS = new Set([',', ';', '.', ':', '—', '–', '(', ')', 'but', 'while', 'whereas']);
/** Prepositions that open a sentence's time adverbial ("In 1944, …", "During the war, …"). */
const INTRO_PREPOSITIONS = new Set(['in', 'during', 'throughout', 'by', 'until']);
/** How far back "since" may govern the cue's clause ("since the US dropped …"). */
const SINCE_WINDOW = 8;
const YEAR_RE = /^(1[5-9]\d\d|20\d\d)$/;

/** Whether a clause recalls an attack from history rather than reporting one; `year` is the publication year. */
export function recalledHistory(view: SentenceView, c: AttackClause, year: number | undefined): boolean {
  const { tokens, lexicon } = view;
  let from = c.cue.from;
  while (from > 0 && !CLAUSE_STOPS.has(tokens[from - 1].lower)) from--;
  // An opening adverbial sets the time of the main clause ("During the second world war, X …").
  if (from > 0 && tokens[from - 1].text === ',' && INTRO_PREPOSITIONS.has(tokens[0].lower)) {
    let k = 0;
    while (k < from - 1 && !CLAUSE_STOPS.has(tokens[k].lower)) k++;
    if (k === from - 1) from = 0;
  }
  let to = c.to;
  while (to < tokens.length && !CLAUSE_STOPS.has(tokens[to].lower)) to++;
  const scope = tokens.slice(from, to);
  const text = scope.map((t) => t.text).join(' ');
  if (lexicon.attacks.historyRe.test(text)) return true;
  for (const [i, t] of scope.entries()) {
    // "in 1944": a year long before publication (without a publication date, nothing is history by year).
    if (year !== undefined && YEAR_RE.test(t.text) && Number(t.text) <= year - HISTORY_YEARS) return true;
    // "80 years ago", "nearly eighty years before".
    const n = parseNumber(t);
    if (
      n !== undefined &&
      n >= HISTORY_YEARS &&
      scope[i + 1]?.lower === 'years' &&
      lexicon.attacks.historyAgo.has(scope[i + 2]?.lower ?? '')
    )
      return true;
  }
  return sinceClause(view, c);
}

/**
 * "since Russia began its attack on Ukraine", "since Russia launched its invasion of X": the
 * start of a war or campaign against a whole country, under "since" with its own subject and a
 * light verb: the point the article counts from, not an event it reports. "since Monday" governs
 * a time, and "the biggest advance since Ukrainian forces swept through X in September" may well
 * report an event of the article's time: both are left alone.
 */
function sinceClause(view: SentenceView, c: AttackClause): boolean {
  const { tokens, actorAt, lexicon } = view;
  if (!c.group?.targets.every((t) => t.kind === 'country')) return false;
  for (let k = c.cue.from - 1; k >= Math.max(0, c.cue.from - SINCE_WINDOW); k--) {
    const w = tokens[k].lower;
    if (CLAUSE_STOPS.has(w)) return false;
    if (w !== 'since') continue;
    let subject = false;
    let light = false;
    for (let j = k + 1; j <= c.cue.from; j++) {
      if (actorAt[j] >= 0 && j < c.cue.from) subject = true;
      else if (subject && lexicon.attacks.lightVerbs.has(tokens[j].lower)) light = true;
    }
    return subject && light;
  }
  return false;
}
