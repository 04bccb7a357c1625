import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-502.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';

// Last year's rows out of date order: the open episode is the latest by DECOM, not the last row.
const lastYear = { episodes: [episode({ DECOM: '2022-06-01', RNE: 'P' }), episode({ DECOM: '2021-05-01', DEC: '2022-06-01', REC: 'X1' })] };

describe('rule 502', () => {
  it('passes a first episode that carries on last year\'s open one', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2022-06-01', RNE: 'P' })] }, { previous: lastYear }), []);
  });
  it('passes when last year ended closed', () => {
    const closed = { episodes: [episode({ DECOM: '2022-06-01', DEC: '2023-01-01', REC: 'E13' })] };
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01' })] }, { previous: closed }), []);
  });
  it('flags a first episode starting a day later, naming last year\'s start', () => {
    const findings = check(rule, { episodes: [episode({ DECOM: '2022-06-02', RNE: 'P' })] }, { previous: lastYear });
    assert.deepEqual(cellsOf(findings), ['Episodes.DECOM=2022-06-02']);
    assert.deepEqual(findings[0]!.related, [{ table: 'Episodes (previous year)', field: 'DECOM', value: '2022-06-01' }]);
  });
  it('is skipped without last year\'s return', () => {
    assert.equal(run(rule, { episodes: [episode()] }).outcome.status, 'skipped');
  });
});
