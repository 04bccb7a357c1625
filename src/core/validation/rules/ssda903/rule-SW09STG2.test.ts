import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW09STG2.ts';
import { cellsOf, check, relatedOf, socialWorker } from './test-helpers.ts';

describe('rule SW09STG2', () => {
  it('passes an episode ending the day after it began (29 February to 1 March)', () => {
    assert.deepEqual(check(rule, { social_worker: [socialWorker({ SW_DECOM: '2024-02-29', SW_DEC: '2024-03-01' })] }), []);
  });
  it('flags one ending the day it began, and one ending before', () => {
    const rows = [socialWorker({ SW_DECOM: '2024-02-29', SW_DEC: '2024-02-29' }), socialWorker({ SW_DECOM: '2024-03-01', SW_DEC: '2024-02-29' })];
    const findings = check(rule, { social_worker: rows });
    assert.deepEqual(cellsOf(findings), ['SWEpisodes.SW_DEC=2024-02-29', 'SWEpisodes.SW_DEC=2024-02-29']);
    assert.deepEqual(relatedOf(findings[0]), ['SWEpisodes.SW_DECOM=2024-02-29']);
  });
});
