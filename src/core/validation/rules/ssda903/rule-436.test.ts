import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Episode } from '../../../model/ssda903.ts';
import { rule } from './rule-436.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const after = (p: Partial<Episode>) => ({
  episodes: [episode({ DECOM: '2023-05-01', LS: 'C1', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'B', ...p })],
});

describe('rule 436', () => {
  it('passes a change of both legal status and placement', () => {
    assert.deepEqual(check(rule, after({ LS: 'C2', PLACE: 'U6' })), []);
  });
  it('flags a change of legal status only, and of placement only', () => {
    assert.deepEqual(cellsOf(check(rule, after({ LS: 'C2' }))), ['Episodes.RNE=B']);
    assert.deepEqual(cellsOf(check(rule, after({ LS: 'C1', RNE: 'U', PL_POST: 'CD4 5GH' }))), ['Episodes.RNE=U']);
  });
});
