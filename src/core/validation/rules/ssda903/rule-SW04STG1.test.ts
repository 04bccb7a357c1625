import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW04STG1.ts';
import { cellsOf, check, socialWorker } from './test-helpers.ts';

describe('rule SW04STG1', () => {
  it('passes a real date and a blank one', () => {
    assert.deepEqual(check(rule, { social_worker: [socialWorker({ SW_DECOM: '2024-02-29' }), socialWorker({ SW_DECOM: null })] }), []);
  });
  it('flags a date that is not a date', () => {
    assert.deepEqual(cellsOf(check(rule, { social_worker: [socialWorker({ SW_DECOM: null, raw: { SW_DECOM: '29/02/2023' } })] })), ['SWEpisodes.SW_DECOM=29/02/2023']);
  });
});
