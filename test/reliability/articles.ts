import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CITIES = [
  'Kharkiv',
  'Odesa',
  'Kherson',
  'Mykolaiv',
  'Sumy',
  'Dnipro',
  'Zaporizhzhia',
  'Lviv',
  'Poltava',
];
const FIRST = ['Anna', 'Oleh', 'Iryna', 'Petro', 'Maria', 'Taras', 'Olena', 'Serhiy'];
const LAST = ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Tkachenko', 'Kravchenko', 'Oliynyk'];
const ORGS = ['the Red Cross', 'the United Nations', 'NATO', 'the European Union'];
const WEAPONS = ['drones', 'missiles', 'artillery'];

/** A news-like article that yields places, people, a quote, a reported statement and an attack. */
export function articleText(i: number, edit = ''): string {
  const pick = <T>(xs: readonly T[], k: number): T => xs[(i * 7 + k * 13) % xs.length];
  const city = pick(CITIES, 1);
  const other = pick(CITIES, 2) === city ? pick(CITIES, 3) : pick(CITIES, 2);
  const person = `${pick(FIRST, 4)} ${pick(LAST, 5)}`;
  const killed = (i % 9) + 1;
  return [
    `Strikes hit ${city} in report ${i}${edit}`,
    '',
    `Russian forces attacked ${city} with ${pick(WEAPONS, 6)} on Monday, killing ${killed} people, regional officials said.`,
    `"We will rebuild every school and hospital in ${city}${edit}," Mayor ${person} said on Tuesday.`,
    `${person} told reporters in ${other} that the city needed more air defence systems.`,
    `${pick(ORGS, 7)} said it was sending aid to ${city} and ${other}.`,
    `Report number ${i} was filed from ${other}.`,
    '',
  ].join('\n');
}

/** Writes `count` generated articles as `gen-00001.txt` … into `dir` (created); returns their paths. */
export function writeArticles(dir: string, count: number, from = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = from; i < from + count; i++) {
    const path = join(dir, `gen-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, articleText(i));
    paths.push(path);
  }
  return paths;
}
