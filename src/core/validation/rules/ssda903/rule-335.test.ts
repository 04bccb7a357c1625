import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-335.ts';
import { ad1, cellsOf, check, episode, header } from './test-helpers.ts';

const rows = (FOSTER_CARE: string, PLACE: string) => ({
  header: [header()],
  episodes: [episode({ DECOM: '2023-04-10', PLACE: 'U4', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'P', LS: 'E1', PLACE, DEC: '2024-01-10', REC: 'E11' })],
  ad1: [ad1({ FOSTER_CARE })],
});

describe('rule 335', () => {
  it('passes agreeing values', () => {
    assert.deepEqual(check(rule, rows('1', 'A5')), []);
    assert.deepEqual(check(rule, rows('0', 'A6')), []);
  });
  it('flags 0 with a placement with the current foster carer, and 1 with one not', () => {
    assert.deepEqual(cellsOf(check(rule, rows('0', 'A3'))), ['AD1.FOSTER_CARE=0']);
    assert.deepEqual(cellsOf(check(rule, rows('1', 'A4'))), ['AD1.FOSTER_CARE=1']);
  });
});
