import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1016.ts';
import { cellsOf, check, episode, header, oc3 } from './test-helpers.ts';

const young = (DOB: string, episodes: ReturnType<typeof episode>[]) => check(rule, { header: [header({ DOB })], episodes, oc3: [oc3({ DOB })] });

describe('rule 1016', () => {
  it('passes care that ended on the 18th birthday', () => {
    assert.deepEqual(young('2005-05-10', [episode({ DECOM: '2022-01-01', DEC: '2023-05-10', REC: 'E17' })]), []);
  });
  it('flags care that ended the day after', () => {
    assert.deepEqual(cellsOf(young('2005-05-10', [episode({ DECOM: '2022-01-01', DEC: '2023-05-11', REC: 'E17' })])), ['OC3.IN_TOUCH=YES']);
  });
  it('takes 28 February as the 17th birthday of a child born on 29 February, in a common year (2024/25)', () => {
    const ended = (DEC: string) =>
      check(rule, { header: [header({ DOB: '2008-02-29' })], episodes: [episode({ DECOM: '2024-01-01', DEC, REC: 'E13' })], oc3: [oc3({ DOB: '2008-02-29' })] }, { year: '2024/25' });
    assert.deepEqual(ended('2025-02-28'), []);
    assert.equal(ended('2025-03-01').length, 1);
  });
  it('leaves a young person still looked after at 31 March to 1007', () => {
    assert.deepEqual(young('2006-05-10', [episode({ DECOM: '2022-01-01' })]), []);
  });
});
