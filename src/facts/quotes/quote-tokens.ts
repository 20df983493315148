/** Token tests the attribution patterns of the quote stage share. */
import type { Token } from '../../model/text';

export { countWords } from '../../text/char-class';

/**
 * Quotation marks, dashes (a lone hyphen is a spaced dash) and other tokens that a speaker phrase
 * never spans; a possessive apostrophe ("veterans' families") is none.
 */
export function isHardBoundary(t: Token): boolean {
  return !t.possessive && /^[“”"‘;:()[\]—–―'`-]$/.test(t.text);
}

/** Whether the tokens `[from, to)` are only a party-state affiliation or an age: "D-Mo.", "R-Ky.", "25". */
export function isAffiliation(toks: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && (/^[DRI]-\p{Lu}/u.test(toks[from].text) || /^\d{1,3}$/.test(toks[from].text));
}
