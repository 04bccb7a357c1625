import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Episode } from '../../../model/ssda903.ts';
import { rule } from './rule-435.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const after = (p: Partial<Episode>) => ({
  episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'P', ...p })],
});

describe('rule 435', () => {
  it('passes a change of placement type (P) and of URN only (T) under the same legal status', () => {
    assert.deepEqual(check(rule, after({ PLACE: 'K2' })), []);
    assert.deepEqual(check(rule, after({ RNE: 'T', URN: 'SC123456' })), []);
  });
  it('flags a change of legal status', () => {
    assert.deepEqual(cellsOf(check(rule, after({ PLACE: 'K2', LS: 'C1' }))), ['Episodes.RNE=P']);
  });
  it('flags no change at all', () => {
    assert.deepEqual(cellsOf(check(rule, after({ RNE: 'T' }))), ['Episodes.RNE=T']);
  });
  it('does not judge an episode after a gap (rule 433’s concern)', () => {
    assert.deepEqual(check(rule, after({ DECOM: '2023-06-02' })), []);
  });
});
