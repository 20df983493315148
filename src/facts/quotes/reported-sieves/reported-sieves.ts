/**
 * The reported-speech sieves in the order they run at each verb position: the first that claims
 * the position wins. In "The strike, Ines Moreau said, was the longest the port had seen." the
 * `after` sieve finds no clause ending at "said", so `parenthetical` takes the whole sentence
 * before `clause` could read "was the longest …" as what she said.
 */
import { accordingTo } from './according-to';
import { after } from './after';
import { clause } from './clause';
import { coordinated } from './coordinated';
import { parenthetical } from './parenthetical';
import type { ReportedSieve } from './reported-sieve';
import { saying } from './saying';

/** coordinated → according-to → saying → after → parenthetical → clause. */
export const REPORTED_SIEVES: readonly ReportedSieve[] = [
  coordinated,
  accordingTo,
  saying,
  after,
  parenthetical,
  clause,
];
