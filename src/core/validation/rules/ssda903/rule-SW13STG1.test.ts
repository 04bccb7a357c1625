import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-SW13STG1.ts';
import { cellsOf, check, socialWorker, variantFor } from './test-helpers.ts';

describe('rule SW13STG1', () => {
  it('passes a listed reason', () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { social_worker: [socialWorker({ SW_REASON: 'PCCHAN' })] }), []);
  });
  it('flags a wrong code, and a blank one only in 2023/24', () => {
    const rows = [socialWorker({ SW_REASON: 'PCCHAN ' }), socialWorker({ SW_REASON: 'LEFT' }), socialWorker({ SW_REASON: null })];
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { social_worker: rows })), ['SWEpisodes.SW_REASON=LEFT', 'SWEpisodes.SW_REASON=null']);
    assert.deepEqual(cellsOf(check(variantFor(rules, '2024/25'), { social_worker: rows }, { year: '2024/25' })), ['SWEpisodes.SW_REASON=LEFT']);
  });
});
