import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-SW02STG1.ts';
import { cellsOf, check, socialWorker, variantFor } from './test-helpers.ts';

describe('rule SW02STG1', () => {
  it('passes SW and XX ids and a blank one', () => {
    const rows = [socialWorker({ SW_ID: 'SW12345' }), socialWorker({ SW_ID: ' XX1' }), socialWorker({ SW_ID: null })];
    assert.deepEqual(check(variantFor(rules, '2023/24'), { social_worker: rows }), []);
  });
  it('flags other ids in every variant', () => {
    const rows = [socialWorker({ SW_ID: '12345' }), socialWorker({ SW_ID: 'sw123' })];
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { social_worker: rows })), ['SWEpisodes.SW_ID=12345', 'SWEpisodes.SW_ID=sw123']);
    assert.equal(check(variantFor(rules, '2025/26'), { social_worker: rows }, { year: '2025/26' }).length, 2);
  });
});
