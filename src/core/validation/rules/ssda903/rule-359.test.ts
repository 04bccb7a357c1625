import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-359.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const DOB = '2005-06-01';

describe('rule 359', () => {
  it('passes foster care ending on the 18th birthday', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB })], episodes: [episode({ DECOM: '2023-04-01', DEC: '2023-06-01', REC: 'E17' })] }), []);
  });
  it('flags foster care ending the day after the 18th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB })], episodes: [episode({ DECOM: '2023-04-01', DEC: '2023-06-02', REC: 'E17' })] })), ['Episodes.LS=C2']);
  });
  it('passes V2 in a children’s home after 18', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB })], episodes: [episode({ DECOM: '2023-04-01', LS: 'V2', PLACE: 'K2' })] }), []);
  });
  it('flags an open episode when the 18th birthday is 31 March, but not when it is 1 April', () => {
    assert.equal(check(rule, { header: [header({ DOB: '2006-03-31' })], episodes: [episode({ DECOM: '2023-04-01' })] }).length, 1);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2006-04-01' })], episodes: [episode({ DECOM: '2023-04-01' })] }), []);
  });
});
