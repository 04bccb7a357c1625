import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW17STG2.ts';
import { cellsOf, check, episode, relatedOf, socialWorker } from './test-helpers.ts';

const YEAR = { year: '2025/26' } as const;
const lookedAfter = [episode({ DECOM: '2025-06-01' })];

describe('rule SW17STG2', () => {
  it('passes an open social worker episode begun on 31 March, and a child whose care ended', () => {
    assert.deepEqual(check(rule, { episodes: lookedAfter, social_worker: [socialWorker({ SW_DECOM: '2026-03-31' })] }, YEAR), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2025-06-01', DEC: '2025-09-01', REC: 'E4A' })] }, YEAR), []);
  });
  it('passes a child on an agreed series of short breaks over 31 March with no social worker episode', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2025-06-01', LS: 'V3' })] }, YEAR), []);
  });
  it('flags a latest episode that ended on 31 March, with its start as related cell', () => {
    const [f] = check(rule, { episodes: lookedAfter, social_worker: [socialWorker({ SW_DECOM: '2025-06-01', SW_DEC: '2026-03-31' })] }, YEAR);
    assert.deepEqual(cellsOf([f!]), ['SWEpisodes.SW_DEC=2026-03-31']);
    assert.deepEqual(relatedOf(f), ['SWEpisodes.SW_DECOM=2025-06-01']);
  });
  it('flags an episode starting on 1 April after the year, and a child with none', () => {
    assert.equal(check(rule, { episodes: lookedAfter, social_worker: [socialWorker({ SW_DECOM: '2026-04-01' })] }, YEAR).length, 1);
    assert.deepEqual(cellsOf(check(rule, { episodes: lookedAfter }, YEAR)), ['SWEpisodes.SW_DEC=null']);
  });
});
