import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-503A.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const lastYear = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', DEC: null })] };

describe('rule 503A', () => {
  it('passes a first episode with the same RNE as last year\'s open one', () => {
    const episodes = [episode({ DECOM: '2022-05-01', RNE: 'P', DEC: '2023-08-01', REC: 'X1' }), episode({ DECOM: '2023-08-01', RNE: 'T' })];
    assert.deepEqual(check(rule, { episodes }, { previous: lastYear }), []);
  });
  it('passes when last year\'s last episode had ended', () => {
    const closed = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', DEC: '2022-12-01', REC: 'E13' })] };
    assert.deepEqual(check(rule, { episodes: [episode({ RNE: 'T' })] }, { previous: closed }), []);
  });
  it('flags a different RNE, naming last year\'s value', () => {
    const findings = check(rule, { episodes: [episode({ DECOM: '2022-05-01', RNE: 'T' })] }, { previous: lastYear });
    assert.deepEqual(cellsOf(findings), ['Episodes.RNE=T']);
    assert.deepEqual(findings[0]!.related, [{ table: 'Episodes (previous year)', field: 'RNE', value: 'P' }]);
  });
});
