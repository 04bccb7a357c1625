import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-503C.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const lastYear = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', CIN: 'N1', DEC: null })] };

describe('rule 503C', () => {
  it('passes a first episode with the same CIN as last year\'s open one', () => {
    const episodes = [episode({ DECOM: '2022-05-01', RNE: 'P', CIN: 'N1', DEC: '2023-08-01', REC: 'X1' }), episode({ DECOM: '2023-08-01', RNE: 'P', CIN: 'N4' })];
    assert.deepEqual(check(rule, { episodes }, { previous: lastYear }), []);
  });
  it('passes when last year\'s last episode had ended', () => {
    const closed = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', CIN: 'N1', DEC: '2022-12-01', REC: 'E13' })] };
    assert.deepEqual(check(rule, { episodes: [episode({ CIN: 'N4' })] }, { previous: closed }), []);
  });
  it('flags a different CIN, naming last year\'s value', () => {
    const findings = check(rule, { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', CIN: 'N4' })] }, { previous: lastYear });
    assert.deepEqual(cellsOf(findings), ['Episodes.CIN=N4']);
    assert.deepEqual(findings[0]!.related, [{ table: 'Episodes (previous year)', field: 'CIN', value: 'N1' }]);
  });
});
