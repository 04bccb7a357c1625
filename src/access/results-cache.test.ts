import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Database } from '../store/database.ts';
import { cachedResult } from './results-cache.ts';

describe('cachedResult', () => {
  const db = () => ({}) as Database;

  it('loads once per key and database', async () => {
    const a = db();
    const b = db();
    let loads = 0;
    const load = async () => ++loads;
    assert.equal(await cachedResult(a, 'k', load), 1);
    assert.equal(await cachedResult(a, 'k', load), 1);
    assert.equal(await cachedResult(b, 'k', load), 2, 'another database has its own answers');
    assert.equal(await cachedResult(a, 'other', load), 3);
  });

  it('does not remember a failure', async () => {
    const a = db();
    await assert.rejects(cachedResult(a, 'k', () => Promise.reject(new Error('no such return'))));
    assert.equal(await cachedResult(a, 'k', async () => 'found'), 'found');
  });

  it('forgets the least recently used answers first', async () => {
    const a = db();
    for (let i = 0; i < 256; i++) await cachedResult(a, `k${i}`, async () => i);
    await cachedResult(a, 'k0', async () => -1); // used again: now the most recent
    await cachedResult(a, 'k256', async () => 256); // pushes out k1, the least recent
    assert.equal(await cachedResult(a, 'k0', async () => -1), 0);
    assert.equal(await cachedResult(a, 'k1', async () => -1), -1);
  });
});
