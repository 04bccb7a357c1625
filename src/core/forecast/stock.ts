/** Anything occupying a state from `start` (counted) to `end` (not counted; null while open), in day numbers. */
export interface Span {
  readonly start: number;
  readonly end: number | null;
}

/**
 * Daily head counts per key over the days [from, to]: on day d a span counts if start ≤ d < end, so a
 * child is not counted on the day they leave (the reference model's +1 on DECOM, −1 on DEC, cumulated).
 * `keyOf` returns a key in [0, keys), or −1 to leave the span out. Result: one array per key, index d − from.
 */
export function dailyStock<T extends Span>(spans: readonly T[], keyOf: (span: T) => number, keys: number, from: number, to: number): Int32Array[] {
  const days = to - from + 1;
  const counts = Array.from({ length: keys }, () => new Int32Array(Math.max(days, 0) + 1));
  if (days <= 0) return counts.map((c) => c.subarray(0, 0));
  for (const span of spans) {
    const key = keyOf(span);
    if (key < 0) continue;
    const first = Math.max(span.start, from);
    const stop = span.end === null ? to + 1 : Math.min(span.end, to + 1);
    if (first >= stop) continue;
    const diff = counts[key]!;
    diff[first - from]! += 1;
    diff[stop - from]! -= 1;
  }
  for (const diff of counts) for (let d = 1; d <= days; d++) diff[d]! += diff[d - 1]!;
  return counts.map((c) => c.subarray(0, days));
}
