import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-503F.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const lastYear = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', URN: 'SC123456', DEC: null })] };

describe('rule 503F', () => {
  it('passes a first episode with the same URN as last year\'s open one', () => {
    const episodes = [episode({ DECOM: '2022-05-01', RNE: 'P', URN: 'SC123456', DEC: '2023-08-01', REC: 'X1' }), episode({ DECOM: '2023-08-01', RNE: 'P', URN: 'SC654321' })];
    assert.deepEqual(check(rule, { episodes }, { previous: lastYear }), []);
  });
  it('passes when last year\'s last episode had ended', () => {
    const closed = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', URN: 'SC123456', DEC: '2022-12-01', REC: 'E13' })] };
    assert.deepEqual(check(rule, { episodes: [episode({ URN: 'SC654321' })] }, { previous: closed }), []);
  });
  it('flags a different URN, naming last year\'s value', () => {
    const findings = check(rule, { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', URN: 'SC654321' })] }, { previous: lastYear });
    assert.deepEqual(cellsOf(findings), ['Episodes.URN=SC654321']);
    assert.deepEqual(findings[0]!.related, [{ table: 'Episodes (previous year)', field: 'URN', value: 'SC123456' }]);
  });
});
