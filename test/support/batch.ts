/**
 * A small article result with every kind of graph row (an article, sentences, entities with
 * mentions and a role, a quote of a named speaker, one of an unnamed source, an attack with an
 * enclosing place, weapons and casualties), made by hand so that it does not depend on the
 * extraction rules.
 */
import type { ArticleResult } from '../../src/model/result';
import { splitSentences } from '../../src/text/split-sentences';
import { articleOf, resultOf } from './articles';
import { entityIn } from './entities';
import { attackFact, quoteFact } from './facts';

const TEXT = [
  'Drones hit Lviv',
  'Mayor Ivan Petrenko said: “We will rebuild the bridge in Lviv.”',
  'A senior official said that talks would resume.',
  'Russian drones struck Lviv overnight. Two people were killed.',
].join('\n');

/** The article `id` of the file `source` with the sample text, its entities and facts. */
export function sampleResult(source = 'sample.txt', index = 0): ArticleResult {
  const text = TEXT;
  const at = (s: string): number => text.indexOf(s);
  const span = (s: string): { start: number; end: number } => ({ start: at(s), end: at(s) + s.length });
  const article = articleOf(text, { id: `${source}#${index}`, source, path: `/in/${source}`, index });
  const sentences = splitSentences(text);
  const sentenceOf = (s: string): number => sentences.findIndex((x) => x.start <= at(s) && at(s) < x.end);
  const quoted = 'We will rebuild the bridge in Lviv.';
  const reported = 'talks would resume';
  const strike = 'Russian drones struck Lviv overnight. Two people were killed.';
  return resultOf(article, {
    sentences,
    entities: [
      entityIn(text, {
        name: 'Ivan Petrenko',
        forms: ['Petrenko'],
        roles: [{ title: 'mayor', of: 'Lviv' }],
      }),
      entityIn(text, {
        name: 'Lviv',
        type: 'Location',
        placeKind: 'city',
        country: 'Ukraine',
        countryCode: 'UA',
        point: { latitude: 49.84, longitude: 24.03 },
      }),
      entityIn(text, {
        name: 'Russia',
        key: 'location:ru',
        type: 'Location',
        forms: ['Russian'],
        demonymOnly: true,
      }),
    ],
    facts: [
      quoteFact('Ivan Petrenko', quoted, true, {
        ...span(quoted),
        sentences: [sentenceOf(quoted)],
        speaker: { name: 'Ivan Petrenko', entityKey: 'person:ivan petrenko', role: 'mayor' },
        cue: 'said',
        about: ['location:lviv'],
      }),
      quoteFact('A senior official', reported, false, {
        ...span(reported),
        sentences: [sentenceOf(reported)],
        cue: 'said',
        medium: 'briefing',
      }),
      attackFact('Russia', 'Lviv', {
        ...span(strike),
        sentences: [sentenceOf('Russian drones'), sentenceOf('Two people')],
        attackerKey: 'location:ru',
        targetKey: 'location:lviv',
        location: 'Lviv Oblast',
        weapons: ['drone'],
        weaponCounts: { drone: 2 },
        intercepted: { drone: 1 },
        dateText: 'overnight',
        date: '2024-05-01',
        datePrecision: 'day',
        dateSource: 'text',
        killed: 2,
        injured: 1,
      }),
    ],
  });
}
