/**
 * The medium named right after an attribution, for direct quotes and reported speech alike:
 * "…,” Ines Moreau wrote on Telegram" gives "Telegram", "Ines Moreau said in a video address
 * that …" gives "video address".
 */
import type { Lexicon } from '../../lexicon/load-lexicon';

/** The medium named in the 90 characters from `from` ("on Telegram", "in a video address"), if any. */
export function findMedium(text: string, from: number, lex: Lexicon): string | undefined {
  const m = lex.media.mediumRe.exec(text.slice(from, from + 90));
  if (!m) return undefined;
  return m[0].replace(/^[\s,]*(?:on|via|in)\s+(?:(?:a|an|his|her|their|its|the)\s+)?/u, '').trim();
}
