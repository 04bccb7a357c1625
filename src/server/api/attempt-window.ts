/**
 * Counts attempts per key in fixed one-minute windows: the per-username limit on signing in.
 * (@fastify/rate-limit runs one limiter per request, and it already counts per address.) Keys of past
 * windows are dropped as the window turns, so memory is bounded by one minute's distinct usernames.
 */
export class AttemptWindow {
  readonly #max: number;
  readonly #windowMs: number;
  #started = 0;
  #counts = new Map<string, number>();

  constructor(max: number, windowMs = 60_000) {
    this.#max = max;
    this.#windowMs = windowMs;
  }

  /** Counts one attempt; false once `key` has had more than `max` in the current window. */
  allow(key: string, now = Date.now()): boolean {
    if (now - this.#started >= this.#windowMs) {
      this.#started = now;
      this.#counts = new Map();
    }
    const n = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, n);
    return n <= this.#max;
  }
}
