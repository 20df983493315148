/**
 * The direct-quote sieves in the order they run: the first that attributes a quotation wins.
 * "“The gates stay shut,” Ines Moreau said." is taken by `after` before `before` could read an
 * attribution ahead of the quotation; `continued` only gets quotations no other sieve attributes.
 */
import { after } from './after';
import { before } from './before';
import { continued } from './continued';
import type { DirectSieve } from './direct-sieve';
import { inverted } from './inverted';

/** after → inverted → before → continued. */
export const DIRECT_SIEVES: readonly DirectSieve[] = [after, inverted, before, continued];
