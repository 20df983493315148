/**
 * General patterns of web-page furniture: ads, share and comment prompts, subscription and
 * cookie prompts, photo credits, "published on" lines, teaser lists and blocks of links to
 * other stories. Each pattern describes a kind of line, not a line of any particular site.
 */

/** Whole lines that are furniture wherever they occur (tested on the trimmed line). */
const FURNITURE_LINES: readonly RegExp[] = [
  /^(advertisement|advert|ad|ads|sponsored( content)?|promoted( content)?|paid content)$/i,
  /^(story continues|scroll (down )?to continue|continue reading|continue(s)? below|read (the )?(full|rest)|skip (to|ad)|expand|collapse|show (more|less)|see more|load more)\b.{0,40}$/i,
  /^(click|tap) (here )?to\b.{0,80}$/i,
  /^(\d+ )?(comments?|replies)$|^(leave|add|post|view|show|read) (a |the )?(reply|comment|comments)\b.{0,40}$|^join the (conversation|discussion)$/i,
  /^(share|share this( article| story| page| post)?|share on \w+|tweet|e-?mail|print|copy link|link copied|save|bookmark)$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|messenger)$/i,
  /^(connect with us|follow us\b.{0,60}|subscribe( to)?\b.{0,60}|sign up\b.{0,80}|sign in|log ?in|register|already a (subscriber|member)\b.{0,40})$/i,
  /^(stay informed|unlock (the )?\w+.{0,10} digest|get (our|the) \w+ newsletter|newsletter\b).{0,60}$/i,
  /^(hide|toggle|show) caption$|^image (source|caption)\b/i,
  /^((photo|photograph|picture|image|video|credit|source|photo credit|illustration|composite)s?\s*:|\((photo|credit)\b).{0,80}$/i,
  /^(\d+ (min(ute)?s?|sec(ond)?s?) read|listen to (this )?(article|story).{0,40}|(watch|video|listen|gallery|live)\s*:.{0,100})$/i,
  /^(continuation of the (material|text|article)|the rest of the (text|article|material)) (is )?(under|below|after)\b.{0,40}$/i,
  /^(you can|please) (read|find|see) (more|some)\b.{0,80}\b(on|at|here)\b.{0,40}$/i,
  /^(for more (information|news|stories)|(more|other) (messages|stories|news|articles) (on|at))\b.{0,80}$/i,
  /^(list \d+ of \d+|[-•*·]\s*list \d+ of \d+.*|end of list)$/i,
  /^[^\p{L}\p{N}]*$/u,
  // A dateline with the outlet's name alone on its line ("London CNN —", "New York CNN Business —").
  /^\p{Lu}[\p{L}.&]*( \p{Lu}[\p{L}.&]*){0,4} ?[—–]$/u,
  // Audio and newsletter prompts: "NEW You can now listen to … articles!", "You’re reading an
  // excerpt from the … newsletter. Sign up …", "By submitting your email, you agree …".
  /^(new:?\s+)?you can now listen to\b.{0,80}$/i,
  /^you[’']re reading an excerpt from\b.{0,300}\bnewsletter\b.{0,300}$/i,
  /^by (submitting|entering|signing up|subscribing|clicking)\b.{0,200}\b(terms|privacy)\b.{0,200}$/i,
  // An embedded video's caption ("See the video of …", "Watch the footage: …").
  /^(see|watch) (the |our )?(video|footage|clip|film)\b.{0,250}$/i,
  /^join us (on|at)\b.{0,120}$/i,
  // "With Reuters, the Associated Press and AFP": a line of agency names only.
  /^With (the )?\p{Lu}[\p{L}.’'-]*( \p{Lu}[\p{L}.’'-]*)*((,| and|, and) (the )?\p{Lu}[\p{L}.’'-]*( \p{Lu}[\p{L}.’'-]*)*)*\.?$/u,
];

/**
 * `FURNITURE_LINES` joined into one regular expression per set of flags, so a line is tested
 * once per set rather than once per pattern (a line matches one iff it matches one of these).
 */
const FURNITURE_LINE_RES: readonly RegExp[] = joinByFlags(FURNITURE_LINES);

function joinByFlags(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    const sources = byFlags.get(re.flags);
    if (sources === undefined) byFlags.set(re.flags, [re.source]);
    else sources.push(re.source);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags));
}

/**
 * Furniture lines matched anywhere in the line, or only after a scan of the whole line: each is
 * tested only when the line holds the words the pattern cannot match without (`NEEDS_RE`), which
 * almost no line of prose does.
 */
const GUARDED_FURNITURE_LINES: readonly RegExp[] = [
  /\byour email address will not be published\b|\brequired fields are marked\b/i,
  /\b(we use cookies|accept (all )?cookies|cookie (settings|policy|preferences|consent))\b/i,
  // "The X: A newsletter for …".
  /^[^.!?]{1,60}:\s*an? (\S+ ){0,3}newsletter\b.{0,120}$/i,
];
/** Words one of `GUARDED_FURNITURE_LINES` needs, matched as those patterns match them (case-insensitive). */
const NEEDS_RE = /your email address|required fields|cookie|newsletter/i;
/** Furniture anywhere in a line too long for the other patterns. */
const LONG_FURNITURE_RE = /\byour email address will not be published\b|\bwe use cookies\b/i;

/** The contributors' credit at the end of a story ("Jane Roe contributed to this report"). */
const CONTRIBUTED_RE =
  /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article|coverage)\.?$/i;
/** Longest contributors' credit line. */
const MAX_CREDIT_CHARS = 200;

/** A heading glued to the first teaser after it on one line ("Other Topics of Interest Estonia’s PM: …"). */
const TEASER_PREFIX_RE = /^(other )?topics of interest\s+\p{Lu}/iu;

/** Fewest words of a line written all in capitals that is a teaser headline or a prompt, not prose. */
const MIN_SHOUTED_WORDS = 4;

/**
 * A short line made of slash-separated credits ("Jane Roe/Agency/Getty Images"), or a line
 * naming a photo agency or photographer only.
 */
const CREDIT_LINE_RE =
  /^.{0,40}?(\/|\bvia\b|\bcourtesy of\b).{0,60}\b(images|photos?|press|agency|news|getty|reuters|afp|ap|epa|shutterstock|pap|tass|ria|facebook|screenshot\b.*)$/i;
/** What `CREDIT_LINE_RE` cannot match without, found in one scan. */
const CREDIT_NEEDS_RE = /\/|via|courtesy of/i;

/**
 * A photo credit at the end of a caption: "(Jane Roe/AP)", ". Photograph: Jane Roe/Reuters",
 * ". Jane Roe/AFP/Getty Images".
 */
const CREDIT_IN_PARENTHESES_RE = /\s*\((?:[^()]{1,60}\/)+[^()]{1,40}\)$/;
const CAPTION_CREDIT_RE =
  /(?<=[.!?”’"])\s+(photo|photograph|picture|image|composite|illustration)s?\s*:\s*[^.!?]{1,100}$/i;
const SLASHED_CREDIT_RE = /(?<=[.!?”’"])\s+[^.!?\s][^.!?]{0,60}\/[^.!?]{1,60}$/;

/** A heading that opens a block of links to other stories. */
const TEASER_HEADING_RE =
  /^((other )?topics of interest|related( news| stories| articles| content| coverage| topics| reading)?|trending( now| news| stories| topics)?|most (read|popular|viewed|shared)|popular( now| stories| articles)?|recommended( for you| stories| reading)?|you (may|might) (also )?(like|be interested in)|more (from|on|in|about) .{1,40}|more (stories|news|articles)|(latest|top|more top|breaking)( news| stories| headlines)|editor'?s? (picks|choice)|(also|must) read|see also|read (more|also|next)|what to read next|in other news|don'?t miss|(related|more) (videos|links))\s*:?$/i;

/** "Published", "Posted on 7 May 2024", "Updated: …" (the date, if any, follows the word). */
export const PUBLISHED_RE = /^(first )?(published|posted|updated|last updated)(\s+on)?\s*:?\s*(.{0,60})$/i;

/** True when the trimmed line is page furniture and not part of the article. */
export function isFurnitureLine(line: string): boolean {
  if (line.length > 300) return LONG_FURNITURE_RE.test(line);
  if (FURNITURE_LINE_RES.some((re) => re.test(line))) return true;
  // TEASER_PREFIX_RE starts with "o" or "t", which no other letter folds to: test it only then.
  const first = line.charCodeAt(0) | 0x20;
  if ((first === 0x6f || first === 0x74) && TEASER_PREFIX_RE.test(line)) return true;
  if (NEEDS_RE.test(line) && GUARDED_FURNITURE_LINES.some((re) => re.test(line))) return true;
  if (line.length <= MAX_CREDIT_CHARS && line.includes('contributed') && CONTRIBUTED_RE.test(line))
    return true;
  return line.length <= 100 && CREDIT_NEEDS_RE.test(line) && CREDIT_LINE_RE.test(line) && !endsSentence(line);
}

/** Whether the line ends with a full stop, "!" or "?", and at most one closing quotation mark (`/[.!?]["”’]?$/`). */
function endsSentence(line: string): boolean {
  const n = line.length;
  let c = line.charCodeAt(n - 1);
  if (c === 0x22 || c === 0x201d || c === 0x2019) c = line.charCodeAt(n - 2);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

/**
 * True when the line is written all in capitals, in at least four words ("CLICK HERE TO GET THE
 * APP", a teaser headline of another story): below a page's headline, prose never is.
 */
export function isShoutedLine(line: string): boolean {
  let words = 1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // A lower-case ASCII letter answers no at once, as it does for almost every line of prose.
    if (c >= 97 && c <= 122) return false;
    if (c === 32) words++;
  }
  return words >= MIN_SHOUTED_WORDS && !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(line);
}

/** True when the line opens a block of teaser headlines of other stories. */
export function isTeaserHeading(line: string): boolean {
  return line.length <= 60 && TEASER_HEADING_RE.test(line);
}

/** True when the line reads as a headline rather than prose: short, no final period. */
export function isHeadlineLike(line: string): boolean {
  return line.length <= 200 && (!endsClause(line) || endsWithEllipsis(line));
}

/**
 * Whether the line ends with punctuation that ends a sentence or clause, and at most one closing
 * quotation mark or bracket (`/[.!?:;,]["”’)]?$/`), read from char codes at its end.
 */
function endsClause(line: string): boolean {
  const n = line.length;
  let c = line.charCodeAt(n - 1);
  if (c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29) c = line.charCodeAt(n - 2);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x2c;
}

/** `/(…|\.\.\.)$/` */
function endsWithEllipsis(line: string): boolean {
  return line.endsWith('…') || line.endsWith('...');
}

/** True when the line is a teaser cut short with an ellipsis ("… in a…"). */
export function isTruncatedTeaser(line: string): boolean {
  return line.length <= 250 && endsWithEllipsis(line) && !/["”’]/.test(line.slice(-3));
}

/** Removes a photo credit in parentheses at the end of a line. */
export function stripTrailingCredit(line: string): string {
  if (!line.includes('/') && !line.includes(':')) return line;
  // Each pattern is tried only when the line holds the character it cannot match without.
  let l = line;
  if (l.endsWith(')') && l.includes('/')) l = l.replace(CREDIT_IN_PARENTHESES_RE, '');
  if (l.includes(':')) l = l.replace(CAPTION_CREDIT_RE, '');
  if (l.includes('/')) l = l.replace(SLASHED_CREDIT_RE, '');
  return l;
}
