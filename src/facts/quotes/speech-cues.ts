/**
 * Vocabulary for quote extraction: verbs of saying, verbs that take a noun-phrase object,
 * words that name an unnamed source, role titles, media and adverbials around attributions.
 * General English only: no names, places or sentences of any article.
 */

/** Builds a lower-case set from space-separated words. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Expands lemmas into the usual inflected forms ("say" → say says said saying). */
function inflect(lemmas: Record<string, readonly string[]>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [lemma, forms] of Object.entries(lemmas)) {
    out.add(lemma);
    for (const f of forms) out.add(f);
  }
  return out;
}

/**
 * Verbs of saying that introduce speech or a reported clause. `-ing` forms are left out
 * on purpose: "…, adding that …" continues the previous statement rather than starting one.
 */
export const SPEECH_VERBS: ReadonlySet<string> = inflect({
  say: ['says', 'said'],
  tell: ['tells', 'told'],
  add: ['adds', 'added'],
  state: ['states', 'stated'],
  claim: ['claims', 'claimed'],
  warn: ['warns', 'warned'],
  write: ['writes', 'wrote'],
  tweet: ['tweets', 'tweeted'],
  post: ['posts', 'posted'],
  note: ['notes', 'noted'],
  continue: ['continues', 'continued'],
  explain: ['explains', 'explained'],
  insist: ['insists', 'insisted'],
  argue: ['argues', 'argued'],
  announce: ['announces', 'announced'],
  confirm: ['confirms', 'confirmed'],
  report: ['reports', 'reported'],
  declare: ['declares', 'declared'],
  acknowledge: ['acknowledges', 'acknowledged'],
  admit: ['admits', 'admitted'],
  emphasize: ['emphasizes', 'emphasized', 'emphasises', 'emphasised'],
  stress: ['stresses', 'stressed'],
  suggest: ['suggests', 'suggested'],
  respond: ['responds', 'responded'],
  reply: ['replies', 'replied'],
  predict: ['predicts', 'predicted'],
  assert: ['asserts', 'asserted'],
  maintain: ['maintains', 'maintained'],
  contend: ['contends', 'contended'],
  allege: ['alleges', 'alleged'],
  observe: ['observes', 'observed'],
  remark: ['remarks', 'remarked'],
  recall: ['recalls', 'recalled'],
  concede: ['concedes', 'conceded'],
  caution: ['cautions', 'cautioned'],
  counter: ['counters', 'countered'],
  reiterate: ['reiterates', 'reiterated'],
  repeat: ['repeats', 'repeated'],
  promise: ['promises', 'promised'],
  vow: ['vows', 'vowed'],
  pledge: ['pledges', 'pledged'],
  ask: ['asks', 'asked'],
  inform: ['informs', 'informed'],
  assure: ['assures', 'assured'],
  estimate: ['estimates', 'estimated'],
  disclose: ['discloses', 'disclosed'],
  reveal: ['reveals', 'revealed'],
  comment: ['comments', 'commented'],
  quip: ['quips', 'quipped'],
  joke: ['jokes', 'joked'],
  boast: ['boasts', 'boasted'],
  complain: ['complains', 'complained'],
  exclaim: ['exclaims', 'exclaimed'],
  shout: ['shouts', 'shouted'],
  whisper: ['whispers', 'whispered'],
  mention: ['mentions', 'mentioned'],
  conclude: ['concludes', 'concluded'],
});

/** The "saying" participle introduces speech ("…, saying: “…”"); other participles do not. */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = words(
  'saying arguing insisting claiming warning stressing explaining declaring',
);

/** Participles that continue an earlier attribution and start no new record ("adding", "noting"). */
export const CONTINUING_PARTICIPLES: ReadonlySet<string> = words('adding noting telling citing writing');

/** Verbs that report speech only with "that" ("posted that …", not "posted updates"). */
export const THAT_ONLY_VERBS: ReadonlySet<string> = words(
  'add adds post posts posted continue continues continued promise promises promised vow vows vowed pledge ' +
    'pledges pledged ask asks asked repeat repeats repeated reveal reveals revealed mention mentions ' +
    'mentioned recall recalls recalled estimate estimates estimated',
);

/** Verb forms that are also common nouns ("states", "reports", "remarks"): a clause must follow "that". */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = words(
  'state states report reports claim claims note notes remark remarks comment comments estimate ' +
    'estimates post posts counter counters promise promises warns tweet tweets answer answers',
);

/** Past and third-person forms of the verbs of saying, which never sit inside a speaker phrase. */
export const FINITE_SPEECH_FORMS: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].filter((w) => /(?:ed|said|told|wrote|says|tells)$/.test(w)),
);

/** Verbs whose object may be a bare noun phrase and still be a report ("confirmed damage to …"). */
export const NOUN_OBJECT_VERBS: ReadonlySet<string> = words(
  'confirm confirms confirmed announce announces announced report reports reported',
);

/** Verbs that need an addressee before the clause ("told reporters that …"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = words(
  'tell tells told inform informs informed assure assures assured warn warns warned ask asks asked',
);

/** Auxiliaries and adverbs that may stand between a speaker and the verb ("has also said"). */
export const VERB_MODIFIERS: ReadonlySet<string> = words(
  'has have had also later earlier previously then again further separately repeatedly reportedly ' +
    'once recently publicly privately initially originally subsequently meanwhile still now first ' +
    'last this next just already often would could will had',
);

/** Words of time that, with a preposition or alone, stand around a verb ("on Tuesday", "last week"). */
export const TIME_WORDS: ReadonlySet<string> = words(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning ' +
    'afternoon evening night week month year weekend day days weeks months january february march ' +
    'april may june july august september october november december',
);

/** Personal pronouns that can name a speaker. */
export const PERSON_PRONOUNS: ReadonlySet<string> = words('he she');
export const OTHER_PRONOUNS: ReadonlySet<string> = words('it they we i you who which');

/** Head nouns of unnamed or collective sources ("a senior official", "people familiar with …"). */
export const SOURCE_NOUNS: ReadonlySet<string> = words(
  'official officials source sources people person diplomat diplomats residents resident ' +
    'authorities authority media analyst analysts expert experts observers witness witnesses ' +
    'aide aides insider insiders spokesman spokeswoman spokesperson spokespeople representative ' +
    'representatives investigators police military army government ministry agency statement ' +
    'bill document memo letter study survey poll flyer leaflet website outlet ' +
    'newspaper broadcaster agency campaign lawmakers lawmaker legislators critics supporters ' +
    'opponents voters officer officers soldier soldiers commander commanders negotiator negotiators ' +
    'member members staff team advisers advisors adviser advisor economist economists researchers ' +
    'scientists doctors doctor activists activist leaders leader administration office commission ' +
    'committee council department company group bank court embassy alliance bloc union party firm ' +
    'organisation organization institute navy cabinet parliament prosecutors prosecutor spokespersons ' +
    'board regulator watchdog tribunal panel lawyer lawyers attorneys counsel percent majority respondents',
);

/** Role and title words that describe a person ("spokesman", "secretary-general"). */
export const ROLE_WORDS: ReadonlySet<string> = words(
  'president vice-president minister prime chancellor secretary secretary-general spokesman ' +
    'spokeswoman spokesperson ambassador envoy chief head commander general adviser advisor ' +
    'director chairman chairwoman chair governor mayor senator sen rep representative congressman ' +
    'congresswoman gov lt col gen adm admiral colonel lieutenant captain major sergeant professor ' +
    'prof dr leader deputy undersecretary under-secretary assistant official king queen prince ' +
    'emperor pope premier speaker attorney judge justice candidate nominee founder ceo executive ' +
    'analyst economist historian editor correspondent reporter commissioner coordinator manager ' +
    'administrator officer dean mr mrs ms sir dame lord lady foreign defence defense interior ' +
    'state national security intelligence press secretary',
);

/** Capitalised words that start an introductory adverbial and so never begin a speaker phrase. */
export const INTRO_WORDS: ReadonlySet<string> = words(
  'on in at after before during with without despite amid since until as when while if but and ' +
    'so yet meanwhile however also then last this speaking asked according earlier later',
);

/** Prepositions and relatives that end the head of a speaker phrase ("officials in Kyiv"). */
export const PHRASE_BREAKERS: ReadonlySet<string> = words(
  'of in for from at with on to by close familiar involved who which that whose briefed near',
);

/** Determiners that may begin a described source ("a senior diplomat", "the official"). */
export const DETERMINERS: ReadonlySet<string> = words(
  'a an the one two three several some many most other another both all his her their its our ' +
    'this that these those no any each',
);

/** Possessive determiners that may begin a described source ("his lawyer", "their attorneys"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = words('his her their its our');

/** Articles and possessives that open a noun phrase ("a statement", "his interview"). */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  ...POSSESSIVE_DETERMINERS,
]);

/** Platforms and formats that carry a statement: "on Telegram", "in a video address". */
export const MEDIUM_PATTERN =
  /^[\s,]*(?:(?:on|via)\s+(?:his|her|their|its|the\s+)?(?:Telegram|X|Twitter|Facebook|Instagram|Substack|YouTube|TikTok|Truth Social|LinkedIn|social media|television|TV|radio|state television|a podcast)|in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}(?:address|statement|interview|post|briefing|speech|video|message|op-ed|article|letter|blog|tweet|broadcast|remarks|report|podcast|call))\b/u;

/** Head nouns of news media: "the Reuters news agency" is named by its proper name. */
export const MEDIA_HEADS: ReadonlySet<string> = words(
  'agency agencies newspaper paper broadcaster channel network outlet website magazine daily station service',
);

/** Words that end an organization's name inside a longer title ("Bureau of … Affairs Karen Donfried"). */
export const ORG_WORDS: ReadonlySet<string> = words(
  'staff council committee office ministry department service agency command assembly court bank ' +
    'party forces army guard commission administration house government parliament bureau affairs ' +
    'university institute center centre foundation corporation company group union',
);

/** Finds any cue word of reported speech in a sentence; sentences without one are not tokenized. */
export const CUE_WORD = new RegExp(
  `\\b(?:${[...SPEECH_VERBS, ...SPEECH_PARTICIPLES, 'according', 'reported']
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'i',
);
