import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-601.ts';
import { ad1, cellsOf, check, episode } from './test-helpers.ts';

const adoptedOn = (DEC: string) => [episode({ DECOM: '2022-06-01', PLACE: 'A5', DEC, REC: 'E11' })];

describe('rule 601', () => {
  it('passes an adoption with its details, and one on 31 March of last year without', () => {
    assert.deepEqual(check(rule, { episodes: adoptedOn('2023-04-01'), ad1: [ad1()] }), []);
    assert.deepEqual(check(rule, { episodes: adoptedOn('2023-03-31') }), []);
  });
  it('flags each detail missing, and every field when there is no AD1 row', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: adoptedOn('2024-03-31'), ad1: [ad1({ NB_ADOPTR: null, LS_ADOPTR: '' })] })), ['AD1.NB_ADOPTR=null', 'AD1.LS_ADOPTR=']);
    assert.equal(check(rule, { episodes: adoptedOn('2024-03-31') }).length, 6);
  });
});
