import type { Span } from '../model/text';

/**
 * Index of the first item whose start is at or after `offset`, in items sorted by start
 * (`items.length` when there is none). The one binary search over spans of the text.
 */
export function locate<T>(
  items: readonly T[],
  offset: number,
  startOf: (item: T) => number = spanStart,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item that starts at or before `offset` (0 when there is none). */
export function locateAt<T>(
  items: readonly T[],
  offset: number,
  startOf: (item: T) => number = spanStart,
): number {
  return Math.max(0, locate(items, offset + 1, startOf) - 1);
}

const spanStart = <T>(item: T): number => (item as unknown as Span).start;
