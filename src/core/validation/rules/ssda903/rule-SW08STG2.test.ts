import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW08STG2.ts';
import { cellsOf, check, relatedOf, socialWorker } from './test-helpers.ts';

describe('rule SW08STG2', () => {
  it('passes an ended episode followed by an open one, in any file order', () => {
    const rows = [socialWorker({ SW_DECOM: '2023-09-01' }), socialWorker({ SW_DECOM: '2023-06-01', SW_DEC: '2023-09-01' })];
    assert.deepEqual(check(rule, { social_worker: rows }), []);
  });
  it('flags an earlier episode with no end, with the next start as related cell', () => {
    const [f] = check(rule, { social_worker: [socialWorker({ SW_DECOM: '2023-06-01' }), socialWorker({ SW_DECOM: '2023-09-01' })] });
    assert.deepEqual(cellsOf([f!]), ['SWEpisodes.SW_DEC=null']);
    assert.deepEqual(relatedOf(f), ['SWEpisodes.SW_DECOM=2023-09-01']);
  });
});
