import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-501.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 501', () => {
  it('passes an episode starting the day the previous one ended', () => {
    const episodes = [episode({ DECOM: '2023-06-01', DEC: '2023-07-01', REC: 'X1' }), episode({ DECOM: '2023-07-01', RNE: 'P' })];
    assert.deepEqual(check(rule, { episodes }), []);
  });
  it('flags one starting the day before, in whatever order the rows come', () => {
    const episodes = [episode({ DECOM: '2023-06-30', RNE: 'P' }), episode({ DECOM: '2023-06-01', DEC: '2023-07-01', REC: 'X1' })];
    const findings = check(rule, { episodes });
    assert.deepEqual(cellsOf(findings), ['Episodes.DECOM=2023-06-30']);
    assert.deepEqual(findings[0]!.related.map((c) => c.value), ['2023-07-01']);
  });
});
