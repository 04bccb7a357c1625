import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AttemptWindow } from './attempt-window.ts';

describe('AttemptWindow', () => {
  it('allows max attempts per key per window, keys apart, and again in the next window', () => {
    const w = new AttemptWindow(3, 60_000);
    const t = 1_000_000;
    assert.deepEqual([1, 2, 3, 4].map(() => w.allow('ann', t)), [true, true, true, false]);
    assert.equal(w.allow('bob', t + 10), true, 'another key has its own count');
    assert.equal(w.allow('ann', t + 59_999), false);
    assert.equal(w.allow('ann', t + 60_000), true, 'a new window');
  });
});
