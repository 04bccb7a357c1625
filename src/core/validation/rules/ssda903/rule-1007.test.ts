import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1007.ts';
import { cellsOf, check, episode, header, oc3, relatedOf } from './test-helpers.ts';

// 17 on 10 May 2023, in 2023/24.
const young = (DOB: string, episodes: ReturnType<typeof episode>[]) => check(rule, { header: [header({ DOB })], episodes, oc3: [oc3({ DOB })] });

describe('rule 1007', () => {
  it('passes a young person whose care ended the day before the 17th birthday', () => {
    assert.deepEqual(young('2006-05-10', [episode({ DECOM: '2022-01-01', DEC: '2023-05-09', REC: 'E13' })]), []);
  });
  it('flags one looked after on the 17th birthday and still at 31 March', () => {
    const [f] = young('2006-05-10', [episode({ DECOM: '2023-05-10' })]);
    assert.deepEqual(cellsOf([f!]), ['OC3.IN_TOUCH=YES']);
    assert.deepEqual(relatedOf(f), ['OC3.ACTIV=F2', 'OC3.ACCOM=B1', 'Episodes.DECOM=2023-05-10', 'Header.DOB=2006-05-10']);
  });
  it('flags an 18th birthday on 31 March, the last day of the year', () => {
    assert.equal(young('2006-03-31', [episode({ DECOM: '2022-01-01' })]).length, 1);
  });
  it('passes when the birthday is on 1 April, the first day of next year', () => {
    assert.deepEqual(young('2007-04-01', [episode({ DECOM: '2022-01-01' })]), []);
  });
  it('passes one whose care started after the birthday, and leaves care ending after the birthday to 1016', () => {
    assert.deepEqual(young('2006-05-10', [episode({ DECOM: '2023-05-11' })]), []);
    assert.deepEqual(young('2006-05-10', [episode({ DECOM: '2022-01-01', DEC: '2023-06-01', REC: 'E13' })]), []);
  });
});
