import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-SW10STG2.ts';
import { cellsOf, check, relatedOf, socialWorker, variantFor } from './test-helpers.ts';

const rule = variantFor(rules, '2023/24');

describe('rule SW10STG2', () => {
  it('passes a new episode starting the day the previous ended', () => {
    const rows = [socialWorker({ SW_DECOM: '2023-06-01', SW_DEC: '2023-09-01' }), socialWorker({ SW_DECOM: '2023-09-01' })];
    assert.deepEqual(check(rule, { social_worker: rows }), []);
  });
  it('flags one starting the day before, with the previous end as related cell, in every variant', () => {
    const rows = [socialWorker({ SW_DECOM: '2023-06-01', SW_DEC: '2023-09-01' }), socialWorker({ SW_DECOM: '2023-08-31' })];
    const [f] = check(rule, { social_worker: rows });
    assert.deepEqual(cellsOf([f!]), ['SWEpisodes.SW_DECOM=2023-08-31']);
    assert.deepEqual(relatedOf(f), ['SWEpisodes.SW_DEC=2023-09-01']);
    assert.equal(check(variantFor(rules, '2026/27'), { social_worker: rows }, { year: '2026/27' }).length, 1);
  });
});
