import type { IsoDate } from '../model/dates.ts';

/** One review that fell due: when the clock started, when it was due, and when it was held (null if not by `at`). */
export interface ReviewDeadline {
  readonly since: IsoDate;
  readonly due: IsoDate;
  readonly done: IsoDate | null;
}

/**
 * The deadlines of a chain of reviews (CP conferences, looked-after reviews): the first falls due after
 * the start, each later one after the review before. Each review held meets the earliest deadline not yet
 * met; the chain stops at the first deadline not met by `at`.
 */
export function reviewDeadlines(start: IsoDate, reviews: readonly IsoDate[], at: IsoDate, next: (since: IsoDate, index: number) => IsoDate): ReviewDeadline[] {
  const deadlines: ReviewDeadline[] = [];
  let since = start;
  for (let i = 0; ; i++) {
    const due = next(since, i);
    const done = reviews.find((r) => r > since && r <= at) ?? null;
    deadlines.push({ since, due, done });
    if (done === null) return deadlines;
    since = done;
  }
}
