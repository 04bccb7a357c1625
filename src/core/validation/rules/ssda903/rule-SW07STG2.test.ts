import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-SW07STG2.ts';
import { cellsOf, check, socialWorker, variantFor } from './test-helpers.ts';

describe('rule SW07STG2', () => {
  it('passes end dates of 1 April and 31 March, and a blank one', () => {
    const rows = [socialWorker({ SW_DECOM: '2023-01-01', SW_DEC: '2023-04-01' }), socialWorker({ SW_DEC: '2024-03-31' }), socialWorker({ SW_DEC: null })];
    assert.deepEqual(check(variantFor(rules, '2023/24'), { social_worker: rows }), []);
  });
  it('flags 31 March before the year and 1 April after it, in every variant', () => {
    const rows = [socialWorker({ SW_DECOM: '2023-01-01', SW_DEC: '2023-03-31' }), socialWorker({ SW_DEC: '2024-04-01' })];
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { social_worker: rows })), ['SWEpisodes.SW_DEC=2023-03-31', 'SWEpisodes.SW_DEC=2024-04-01']);
    const later = [socialWorker({ SW_DECOM: '2024-01-01', SW_DEC: '2024-03-31' })];
    assert.equal(check(variantFor(rules, '2024/25'), { social_worker: later }, { year: '2024/25' }).length, 1);
  });
});
