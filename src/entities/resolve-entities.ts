/**
 * Merges the mentions of one article into entities: one entity per real thing, named by the
 * fullest form the article uses, with the other forms as aliases. Surnames and titles join the
 * full name, variant spellings join through the curated table, acronyms defined in brackets join
 * their organisation, and lone capitalised words are kept only when they join a named entity.
 */
import type { Article } from '../model/article';
import type { Entity, Mention, Role } from '../model/entity';
import type { Sentence } from '../model/text';
import { loadGazetteer } from './gazetteer';
import { namesTown } from './geonames-cities';
import { normaliseName } from './normalise-name';
import { placeKey } from './place-key';
import { fixedEntity, fixedMention } from './shapes';
import { canonicalName } from './vocabulary';
import { defaultLexicon, type Lexicon } from '../lexicon/load-lexicon';

const POSSESSIVE_RE = /[’']s?$/u;
/** The form without a possessive ending; the regular expression runs only where the last characters may be one. */
function stripPossessive(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  const apostrophe = (c: number): boolean => c === 0x2019 || c === 0x27;
  return apostrophe(last) || (last === 0x73 && apostrophe(s.charCodeAt(s.length - 2)))
    ? s.replace(POSSESSIVE_RE, '')
    : s;
}
const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);
/** Rules of place mentions that a person's surname overrides. */
const WEAK_PLACE_RULES: ReadonlySet<string> = new Set(['gazetteer.city', 'place.frame']);

/** `canonicalName(stripPossessive(form))`, remembered for the forms of one article (they recur). */
type FormKey = (form: string) => string;

function formKeys(lexicon: Lexicon): FormKey {
  const known = new Map<string, string>();
  return (form) => {
    let key = known.get(form);
    if (key === undefined) {
      key = canonicalName(stripPossessive(form), lexicon);
      known.set(form, key);
    }
    return key;
  };
}

function initialKey(m: Mention, formKey: FormKey, lexicon: Lexicon): string {
  if (m.key) return m.key;
  // A place by any of its forms ("Donetsk Oblast", "the Donetsk province") has one key.
  if (m.type === 'Location') return placeKey(stripPossessive(m.name ?? m.text), lexicon);
  const prefix = m.type === 'Organization' ? 'organization' : m.type === 'Weapon' ? 'weapon' : 'person';
  return `${prefix}:${formKey(m.name ?? m.text)}`;
}

const bareName = (key: string): string => key.slice(key.lastIndexOf(':') + 1);

/** Groups `mentions` into entities; `article` and `sentences` are kept for the contract of the stage. */
export function resolveEntities(
  _article: Article,
  _sentences: readonly Sentence[],
  mentions: readonly Mention[],
  lexicon: Lexicon = defaultLexicon(),
): Entity[] {
  const groups = new Map<string, Mention[]>();
  const formKey = formKeys(lexicon);
  const add = (key: string, m: Mention): void => {
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  };
  const surnames = new Set(
    mentions
      .filter((m) => m.type === 'Person' && !m.tentative && m.text.includes(' '))
      .map((m) => lastWord(canonicalName(m.text, lexicon))),
  );
  // A town of the gazetteer, or a lone word in a place frame ("near X"), that is the surname of a
  // person named in the article ("Fletcher’s remarks") is the person.
  const resolved = mentions.map((m) =>
    WEAK_PLACE_RULES.has(m.rule) && !m.text.includes(' ') && surnames.has(formKey(m.text))
      ? fixedMention({ ...m, type: 'Person', tentative: true })
      : m,
  );
  for (const m of resolved) if (!m.tentative) add(initialKey(m, formKey, lexicon), m);
  mergeInto(groups, personTarget(groups));
  mergeInto(groups, ownedOrgTarget(groups));
  mergeInto(groups, acronymTarget(groups));
  attachTentative(groups, resolved, formKey);
  const entities = [...groups.entries()].map(([key, ms]) => buildEntity(key, ms, lexicon));
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Moves each group whose key maps to another key into that group. */
function mergeInto(groups: Map<string, Mention[]>, target: (key: string) => string | undefined): void {
  for (const key of [...groups.keys()]) {
    const to = target(key);
    if (to === undefined || to === key || !groups.has(to)) continue;
    groups.get(to)?.push(...(groups.get(key) ?? []));
    groups.delete(key);
  }
}

/** A surname ("Syrskii") or a shorter form ("Fattah al-Sisi") joins the one full name it ends. */
function personTarget(groups: Map<string, Mention[]>): (key: string) => string | undefined {
  const persons = [...groups.keys()].filter((k) => k.startsWith('person:'));
  const names = persons.map(bareName);
  return (key) => {
    if (!key.startsWith('person:')) return undefined;
    const tail = ` ${bareName(key)}`;
    let longer: string | undefined;
    for (let k = 0; k < persons.length; k++) {
      if (persons[k] === key || !names[k].endsWith(tail)) continue;
      if (longer !== undefined) return undefined;
      longer = persons[k];
    }
    return longer;
  };
}

/** "Ministry of Defence" joins the one "Russia’s Ministry of Defence" of the article. */
function ownedOrgTarget(groups: Map<string, Mention[]>): (key: string) => string | undefined {
  const orgs = [...groups.keys()].filter((k) => /^organization:[a-z]{2}:/.test(k));
  return (key) => {
    if (!key.startsWith('organization:') || /^organization:[a-z]{2}:/.test(key)) return undefined;
    const owned = orgs.filter((o) => bareName(o) === bareName(key));
    return owned.length === 1 ? owned[0] : undefined;
  };
}

/** The initials of a name's capitalised words ("FT" for "Financial Times", "ISW" for "Institute for the Study of War"). */
function initials(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) out += w.charAt(0);
  return out;
}

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

/** An organisation named only by an acronym joins the one organisation whose initials it spells. */
function acronymTarget(groups: Map<string, Mention[]>): (key: string) => string | undefined {
  const acronymOnly = (key: string, ms: readonly Mention[]): boolean =>
    key.startsWith('organization:') && ms.every((m) => ACRONYM_RE.test(m.text));
  // Most articles name no organisation by an acronym alone: then nothing joins, and no initials are spelt.
  let any = false;
  for (const [key, ms] of groups) if (acronymOnly(key, ms)) any = true;
  if (!any) return () => undefined;
  const byInitials = new Map<string, string | null>();
  for (const [key, ms] of groups) {
    if (!key.startsWith('organization:')) continue;
    for (const m of ms) {
      if (!m.text.includes(' ')) continue;
      const abbr = initials(m.name ?? m.text);
      if (abbr.length < 2) continue;
      byInitials.set(abbr, byInitials.has(abbr) && byInitials.get(abbr) !== key ? null : key);
    }
  }
  return (key) => {
    const ms = groups.get(key) ?? [];
    if (!acronymOnly(key, ms)) return undefined;
    return byInitials.get(ms[0].text) ?? undefined;
  };
}

/** Lone capitalised words join an entity they name (a surname, an alias, an acronym, a head word). */
function attachTentative(
  groups: Map<string, Mention[]>,
  mentions: readonly Mention[],
  formKey: FormKey,
): void {
  const byForm = new Map<string, string>();
  const bySurname = new Map<string, string | null>();
  const byHead = new Map<string, string | null>();
  for (const [key, ms] of groups) {
    for (const m of ms) {
      if (m.demonym) continue;
      if (m.text) byForm.set(formKey(m.text), key);
      if (m.name) byForm.set(formKey(m.name), key);
      // "the Azot chemical plant" … "inside Azot": the facility's name without its head words.
      // Not a town's name: "the Sievierodonetsk chemical plant" … "in Sievierodonetsk" is the town.
      if (m.rule === 'place.facility') {
        const base = formKey(m.text.replace(/(?:\s+\p{Ll}[\p{Ll}-]*)+$/u, ''));
        if (!namesTown(normaliseName(base))) byForm.set(base, key);
      }
    }
    const last = lastWord(bareName(key));
    if (key.startsWith('person:') && bareName(key).includes(' '))
      bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== key ? null : key);
    if (key.startsWith('organization:'))
      byHead.set(last, byHead.has(last) && byHead.get(last) !== key ? null : key);
  }
  for (const m of mentions) {
    if (!m.tentative) continue;
    const form = formKey(m.text);
    const key =
      byForm.get(form) ?? bySurname.get(form) ?? (m.type === 'Organization' ? byHead.get(form) : undefined);
    if (key) groups.get(key)?.push(m);
  }
}

function buildEntity(key: string, unsorted: readonly Mention[], lexicon: Lexicon): Entity {
  const mentions = [...unsorted].sort((a, b) => a.start - b.start);
  const named = mentions.filter((m) => !m.demonym);
  const demonymOnly = named.length === 0;
  const forms: string[] = [];
  for (const m of named) {
    const f = stripPossessive(m.rule === 'place.suffix' && m.name ? m.name : m.text).trim();
    if (f && !forms.includes(f)) forms.push(f);
  }
  let name = mentions[0].name ?? mentions[0].text;
  // A weapon word is named by its canonical form ("missile" for "Missiles", "cruise missiles").
  const generic = mentions[0].rule === 'weapon.generic';
  if (!demonymOnly && !generic) {
    // The fullest form: most words, then most characters, the first of equals.
    name = forms[0];
    let nameWords = forms.length > 0 ? wordCount(name) : 0;
    for (let k = 1; k < forms.length; k++) {
      const n = wordCount(forms[k]);
      if (n > nameWords || (n === nameWords && forms[k].length > name.length)) {
        name = forms[k];
        nameWords = n;
      }
    }
  }
  // A tentative lone word joins the entity's type ("Odesa mayor urges …" in a headline, before "the mayor of Odesa").
  const type = (mentions.find((m) => !m.tentative) ?? mentions[0]).type;
  const roles: Role[] = [];
  for (const m of mentions) {
    if (m.role && !roles.some((r) => r.title === m.role?.title && r.of === m.role?.of)) roles.push(m.role);
  }
  const placed = mentions.find((m) => m.countryCode !== undefined);
  const pointed = mentions.find((m) => m.point !== undefined);
  const kind = mentions.find((m) => m.placeKind !== undefined)?.placeKind;
  const countryCode = placed?.countryCode;
  const country = countryCode ? loadGazetteer(lexicon).countryByCode.get(countryCode)?.name : undefined;
  // Fields set one by one in output order: object spread is slow on hot paths.
  const entity: { -readonly [K in keyof Entity]: Entity[K] } = {
    key: type === 'Person' ? `person:${canonicalName(name, lexicon)}` : key,
    type,
    name,
    aliases: forms.filter((f) => f !== name),
    mentions,
    roles,
  };
  if (countryCode) entity.countryCode = countryCode;
  if (country) entity.country = country;
  if (type === 'Location' && pointed?.point) entity.point = pointed.point;
  if (type === 'Location' && kind) entity.placeKind = kind;
  if (demonymOnly) entity.demonymOnly = true;
  if (type === 'Weapon') {
    const category = mentions.find((m) => m.category !== undefined)?.category;
    if (category !== undefined) entity.category = category;
  }
  return fixedEntity(entity);
}

/** Number of words of a name once normalised. */
function wordCount(name: string): number {
  const key = normaliseName(name);
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
