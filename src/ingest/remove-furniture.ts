/** Drops page furniture from the lines of one article; blank lines are kept as paragraph breaks. */
import {
  PUBLISHED_RE,
  isFurnitureLine,
  isHeadlineLike,
  isShoutedLine,
  isTeaserHeading,
  isTruncatedTeaser,
  stripTrailingCredit,
} from './furniture';

/**
 * Returns the lines (trimmed) without furniture: single furniture lines, lines in capitals
 * after the first (teaser headlines, prompts), "Published"/"on" blocks, a teaser heading ("Related News", "Trending") with the headlines that follow it, and
 * runs of two or more teasers cut short with an ellipsis.
 */
export function removeFurniture(lines: readonly string[]): string[] {
  const trimmed = lines.map((l) => l.trim());
  const drop = new Uint8Array(trimmed.length);
  // The first line may be the page's own headline, which some sites write in capitals.
  const first = nextNonBlank(trimmed, 0);
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i];
    if (line === '' || drop[i]) continue;
    if (isTeaserHeading(line)) {
      drop[i] = 1;
      for (let j = nextNonBlank(trimmed, i + 1); j < trimmed.length && isHeadlineLike(trimmed[j]);) {
        drop[j] = 1;
        j = nextNonBlank(trimmed, j + 1);
      }
    } else if (PUBLISHED_RE.test(line) && line.split(' ').length <= 10) {
      drop[i] = 1;
      const j = nextNonBlank(trimmed, i + 1);
      if (j < trimmed.length && /^on$/i.test(trimmed[j])) drop[j] = 1;
    } else if (isFurnitureLine(line) || (i > first && isShoutedLine(line))) {
      drop[i] = 1;
    } else if (isTruncatedTeaser(line)) {
      const run = [i];
      for (let j = nextNonBlank(trimmed, i + 1); j < trimmed.length && isTruncatedTeaser(trimmed[j]);) {
        run.push(j);
        j = nextNonBlank(trimmed, j + 1);
      }
      if (run.length >= 2) for (const j of run) drop[j] = 1;
    }
  }
  const out: string[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    if (drop[i]) continue;
    const line = trimmed[i] === '' ? '' : stripTrailingCredit(trimmed[i]);
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j] === '') j++;
  return j;
}
