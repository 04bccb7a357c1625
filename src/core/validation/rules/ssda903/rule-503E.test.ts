import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-503E.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const lastYear = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', PLACE_PROVIDER: 'PR1', DEC: null })] };

describe('rule 503E', () => {
  it('passes a first episode with the same PLACE_PROVIDER as last year\'s open one', () => {
    const episodes = [episode({ DECOM: '2022-05-01', RNE: 'P', PLACE_PROVIDER: 'PR1', DEC: '2023-08-01', REC: 'X1' }), episode({ DECOM: '2023-08-01', RNE: 'P', PLACE_PROVIDER: 'PR4' })];
    assert.deepEqual(check(rule, { episodes }, { previous: lastYear }), []);
  });
  it('passes when last year\'s last episode had ended', () => {
    const closed = { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', PLACE_PROVIDER: 'PR1', DEC: '2022-12-01', REC: 'E13' })] };
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR4' })] }, { previous: closed }), []);
  });
  it('flags a different PLACE_PROVIDER, naming last year\'s value', () => {
    const findings = check(rule, { episodes: [episode({ DECOM: '2022-05-01', RNE: 'P', PLACE_PROVIDER: 'PR4' })] }, { previous: lastYear });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE_PROVIDER=PR4']);
    assert.deepEqual(findings[0]!.related, [{ table: 'Episodes (previous year)', field: 'PLACE_PROVIDER', value: 'PR1' }]);
  });
});
