/**
 * General vocabulary of attack reports (data only): attack verbs and nouns, weapon words,
 * armed-actor head nouns, place-type nouns, prepositions, and words that make a report
 * hypothetical. Keys are lower case; lookups are O(1) set and map reads.
 */

/** Internal attack type code; mapped to ACLED's sub-event types on output. */
export type AttackKind = 'air' | 'shelling' | 'clash' | 'explosive';

/** What an attack verb needs around it before it counts. */
export type VerbNeed =
  | 'none'
  /** A weapon word or "at/on/into" must follow ("fired 120mm mortars", "fired at"). */
  | 'weapon-or-at'
  /** A weapon word must follow ("launched 7 rockets", "dropped bombs"). */
  | 'weapon'
  /** The object must be a named place ("captured the village of X"). */
  | 'place-object'
  /** The actor must be a weapon or a force ("a drone demolished", "forces destroyed"). */
  | 'armed-subject';

export interface VerbCue {
  readonly kind?: AttackKind;
  readonly need: VerbNeed;
  /** A particle that must follow ("swept through", "blew up"). */
  readonly particle?: readonly string[];
}

const verb = (forms: string, cue: VerbCue): [string, VerbCue][] => forms.split(' ').map((f) => [f, cue]);

/** Attack verbs in reporting forms (past, present, participle). */
export const VERB_CUES: ReadonlyMap<string, VerbCue> = new Map([
  ...verb('attacked attacks attacking', { need: 'none' }),
  ...verb('shell shelled', { kind: 'shelling', need: 'none' }),
  ...verb('struck', { need: 'none' }),
  ...verb('hit hits hitting', { need: 'armed-subject' }),
  ...verb('bombed', { kind: 'air', need: 'none' }),
  ...verb('bombarded bombards bombarding pounded pounding', { kind: 'shelling', need: 'none' }),
  ...verb('fire fired fires firing', { kind: 'shelling', need: 'weapon-or-at' }),
  ...verb('launched launches', { need: 'weapon' }),
  ...verb('dropped', { kind: 'air', need: 'weapon' }),
  ...verb('targeted targeting', { need: 'none' }),
  ...verb('raided stormed assaulted ambushed', { kind: 'clash', need: 'none' }),
  ...verb('captured seized overran recaptured retook', { kind: 'clash', need: 'place-object' }),
  ...verb('swept', { kind: 'clash', need: 'place-object', particle: ['through', 'into'] }),
  ...verb('blew', { kind: 'explosive', need: 'none', particle: ['up'] }),
  ...verb('detonated', { kind: 'explosive', need: 'none' }),
  ...verb('shot', { kind: 'clash', need: 'armed-subject' }),
  ...verb('killed kills', { need: 'armed-subject' }),
  ...verb('destroyed demolished damaged', { need: 'armed-subject' }),
]);

/** Attack nouns; the kind, when the noun alone says it. */
export const NOUN_CUES: ReadonlyMap<string, AttackKind | undefined> = new Map<string, AttackKind | undefined>(
  [
    ...[
      'attack',
      'attacks',
      'strike',
      'strikes',
      'assault',
      'assaults',
      'raid',
      'raids',
      'salvo',
      'barrage',
    ].map((w): [string, undefined] => [w, undefined]),
    ...['airstrike', 'airstrikes', 'bombing', 'bombings', 'air-strike', 'air-strikes'].map(
      (w): [string, AttackKind] => [w, 'air'],
    ),
    ...['shelling', 'shellings', 'bombardment', 'bombardments', 'gunfire'].map((w): [string, AttackKind] => [
      w,
      'shelling',
    ]),
    ...[
      'offensive',
      'counteroffensive',
      'counter-offensive',
      'counterattack',
      'counterattacks',
      'incursion',
      'ambush',
    ].map((w): [string, AttackKind] => [w, 'clash']),
  ],
);

/** Nouns that are an attack only after a weapon word ("artillery fire", "rocket fire"). */
export const FIRE_NOUNS: ReadonlySet<string> = new Set(['fire']);

/** Words before an attack noun that fix its kind ("air raid", "ground offensive"). */
export const KIND_MODIFIERS: ReadonlyMap<string, AttackKind> = new Map([
  ['air', 'air'],
  ['aerial', 'air'],
  ['drone', 'air'],
  ['missile', 'shelling'],
  ['rocket', 'shelling'],
  ['artillery', 'shelling'],
  ['mortar', 'shelling'],
  ['ground', 'clash'],
  ['land', 'clash'],
  ['terror', 'clash'],
  ['suicide', 'explosive'],
]);

/** Weapon head words → canonical weapon word and kind. */
export const WEAPONS: ReadonlyMap<string, readonly [string, AttackKind]> = new Map<
  string,
  readonly [string, AttackKind]
>([
  ...['drone', 'drones', 'uav', 'uavs', 'kamikaze'].map((w) => [w, ['drone', 'air']] as const),
  ...['missile', 'missiles'].map((w) => [w, ['missile', 'shelling']] as const),
  ...['rocket', 'rockets'].map((w) => [w, ['rocket', 'shelling']] as const),
  ['artillery', ['artillery', 'shelling']],
  ...['mortar', 'mortars'].map((w) => [w, ['mortar', 'shelling']] as const),
  ...['howitzer', 'howitzers', 'cannon', 'cannons'].map((w) => [w, ['artillery', 'shelling']] as const),
  ...['shells', 'shell'].map((w) => [w, ['shelling', 'shelling']] as const),
  ...['launcher', 'launchers'].map((w) => [w, ['rocket launcher', 'shelling']] as const),
  ...['airstrike', 'airstrikes'].map((w) => [w, ['air strike', 'air']] as const),
  ...['bomb', 'bombs'].map((w) => [w, ['bomb', 'air']] as const),
  ...['aircraft', 'warplane', 'warplanes', 'jet', 'jets', 'helicopter', 'helicopters', 'aviation'].map(
    (w) => [w, ['aircraft', 'air']] as const,
  ),
  ...['gun', 'guns', 'machinegun', 'machineguns', 'rifles', 'firearms'].map(
    (w) => [w, ['gun', 'clash']] as const,
  ),
  ...['tank', 'tanks'].map((w) => [w, ['tank', 'clash']] as const),
  ...['munition', 'munitions', 'ammunition', 'ammunitions'].map(
    (w) => [w, ['munition', 'shelling']] as const,
  ),
  ...['mine', 'mines', 'landmine', 'landmines', 'ied', 'ieds', 'explosives'].map(
    (w) => [w, ['explosive', 'explosive']] as const,
  ),
]);

/** Modifiers kept in the canonical weapon word ("ballistic missile", "cluster bomb"). */
export const WEAPON_MODIFIERS: ReadonlySet<string> = new Set([
  'ballistic',
  'cruise',
  'hypersonic',
  'cluster',
  'glide',
  'grenade',
  'anti-tank',
  'guided',
]);

/** Head nouns that make a demonym an armed actor ("Russian forces", "an Israeli warplane"). */
export const FORCE_NOUNS: ReadonlySet<string> = new Set([
  ...'forces force troops army military soldiers servicemen units unit navy fleet militants fighters'.split(
    ' ',
  ),
  ...'occupiers invaders gunmen snipers battalion brigade marines paratroopers guards guard sappers side'.split(
    ' ',
  ),
  ...'ship warship warships submarine artillerymen gunners defenders attackers commandos column convoy'.split(
    ' ',
  ),
  ...'vehicle vehicles'.split(' '),
]);

/** Words that may sit between a demonym and its head noun ("Russian military forces"). */
export const ACTOR_FILLERS: ReadonlySet<string> = new Set([
  ...'armed military air naval special ground regular border national territorial defence defense'.split(' '),
  ...'occupation occupying invading airborne elite state security combined unmanned aerial'.split(' '),
]);

/** Prepositions that introduce the place attacked or the place where it happened. */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...'on at in near into against over across toward towards around outside inside upon through of'.split(' '),
  'onto',
]);

/** Prepositions after which a place is not the target ("from Belarus", "to Kyiv"). */
export const NON_TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(
  'from to by between with for about than like via'.split(' '),
);

/** Nouns that name a kind of place ("the town of X", "X region"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'city town village settlement region oblast province district raion hromada county port capital suburb outskirts area'.split(
    ' ',
  ),
);

/** Place-type suffixes that stay part of a target's name ("Kursk region"). */
export const REGION_SUFFIXES: ReadonlySet<string> = new Set(['region', 'oblast', 'province', 'governorate']);

/** Last words of a facility's name ("… Research Plant", "… Air Base"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(
  'plant refinery airport airfield base station factory depot port bridge dam hospital terminal site complex works arsenal'.split(
    ' ',
  ),
);

/** Light verbs whose subject carries out the attack noun that follows ("launched an attack"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  ...'launched launches launching conducted conducts carried carries unleashed unleashes mounted staged'.split(
    ' ',
  ),
  ...'expanded expands expanding stepped steps intensified intensifies resumed resumes renewed began begins'.split(
    ' ',
  ),
  ...'continued continues made makes opened opens out up its their his her'.split(' '),
]);

/** Words that make a clause a plan, threat, capability, question of fact or denial. */
export const IRREALIS: ReadonlySet<string> = new Set([
  ...'will would could might may can cannot should must shall plan plans planned planning intend intends'.split(
    ' ',
  ),
  ...'intended intending threaten threatens threatened threatening threat threats prepare prepares preparing'.split(
    ' ',
  ),
  ...'prepared ready aim aims seek seeks try tries tried trying attempt attempts attempted likely capable'.split(
    ' ',
  ),
  ...'able vow vows vowed promise promised possible potential fear fears feared deny denies denied if unless'.split(
    ' ',
  ),
  ...'stockpiled stockpile warning warned warns hypothetical whether avoid prevent'.split(' '),
]);

/** Negation words checked just before an attack cue. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'without']);

/** Verbs of interception: they defend against an attack, never make one. */
export const INTERCEPT_VERBS: ReadonlySet<string> = new Set([
  ...'downed intercepted intercepting destroyed repelled repulsed neutralised neutralized'.split(' '),
]);

/** Words that make an article a conflict report (the attack stage stays quiet otherwise). */
export const CONFLICT_RE =
  /\b(?:troops|forces|military|missiles?|drones?|artillery|shell(?:ed|ing|s)|air ?strikes?|militants?|soldiers|army|rebels|militia|war|invasion|front ?line|warplanes?|rockets?|mortars?|grenades?|casualties|civilians?|fatalities|bomb(?:ed|ing|s)?|explosives?|gunmen|killed|wounded|injured|fired at|opened fire|weapons)\b/gi;

/** Cheap prefilter: a sentence without any of these words holds no attack. */
export const SENTENCE_CUE_RE =
  /(?:attack|strike|struck|shell|bomb|pound|fire|firing|launch|dropped|target|raid|storm|assault|ambush|captur|seiz|overran|retook|swept|blew|detonat|shot|kill|destroy|demolish|damag|hit|offensive|incursion|salvo|barrage|gunfire)/i;
