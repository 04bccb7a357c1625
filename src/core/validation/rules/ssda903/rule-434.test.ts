import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Episode } from '../../../model/ssda903.ts';
import { rule } from './rule-434.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const after = (p: Partial<Episode>) => ({
  episodes: [episode({ DECOM: '2023-05-01', LS: 'C1', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'L', LS: 'C2', ...p })],
});

describe('rule 434', () => {
  it('passes a change of legal status in the same placement (postcode spacing aside)', () => {
    assert.deepEqual(check(rule, after({ PL_POST: 'ab23ef' })), []);
  });
  it('flags an unchanged legal status', () => {
    assert.deepEqual(cellsOf(check(rule, after({ LS: 'C1' }))), ['Episodes.RNE=L']);
  });
  it('flags a changed placement postcode, URN or provider', () => {
    assert.equal(check(rule, after({ PL_POST: 'CD4 5GH' })).length, 1);
    assert.equal(check(rule, after({ URN: 'SC123456' })).length, 1);
    assert.equal(check(rule, after({ PLACE_PROVIDER: 'PR4' })).length, 1);
  });
});
