import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Episode } from '../../../model/ssda903.ts';
import { rule } from './rule-1001.ts';
import { cellsOf, check, episode, header, oc3, relatedOf, run } from './test-helpers.ts';

// Born 10 May 2006: 14 on 10 May 2020, 16 on 10 May 2022, 17 during 2023/24.
const DOB = '2006-05-10';
const leaver = (previous: Episode[], current: Episode[] = []) =>
  check(rule, { header: [header({ DOB })], episodes: current, oc3: [oc3({ DOB })] }, { previous: { episodes: previous } });

describe('rule 1001', () => {
  it('passes 13 weeks (91 days) in care after 14, ending the day after the 16th birthday', () => {
    assert.deepEqual(leaver([episode({ DECOM: '2022-02-09', DEC: '2022-05-11', REC: 'E4A' })]), []);
  });
  it('flags 90 days, with the header DOB as related cell', () => {
    const [f] = leaver([episode({ DECOM: '2022-02-10', DEC: '2022-05-11', REC: 'E4A' })]);
    assert.deepEqual(cellsOf([f!]), ['OC3.IN_TOUCH=YES']);
    assert.deepEqual(relatedOf(f), ['OC3.ACTIV=F2', 'OC3.ACCOM=B1', 'Header.DOB=2006-05-10']);
  });
  it('flags care that ended on the 16th birthday, however long', () => {
    assert.equal(leaver([episode({ DECOM: '2021-01-01', DEC: '2022-05-10', REC: 'E4A' })]).length, 1);
  });
  it('counts only the days after the 14th birthday, across episodes of both years without double counting', () => {
    // 2020-02-10 to 2020-05-10 is before 14; 2020-05-10 to 2020-06-10 is 31 days; last year's open episode repeats this year with its DEC.
    const before = [episode({ DECOM: '2020-02-10', DEC: '2020-06-10', REC: 'E4A' }), episode({ DECOM: '2022-04-01', DEC: null })];
    const now = [episode({ DECOM: '2022-04-01', DEC: '2023-05-01', REC: 'E13' })];
    assert.deepEqual(leaver(before, now), []);
    assert.equal(leaver([episode({ DECOM: '2020-02-10', DEC: '2020-06-10', REC: 'E4A' }), episode({ DECOM: '2022-04-01', DEC: '2022-05-30', REC: 'E4A' })]).length, 1);
  });
  it('does not count short breaks (V3/V4)', () => {
    assert.equal(leaver([episode({ DECOM: '2021-01-01', DEC: '2022-06-01', LS: 'V3', REC: 'E4A' })]).length, 1);
  });
  it('leaves a young person with no episodes to rule 1002, and is skipped without last year', () => {
    assert.deepEqual(leaver([]), []);
    assert.equal(run(rule, { oc3: [oc3()] }).outcome.status, 'skipped');
  });
  it('counts birthdays of a child born on 29 February as the DfE ages them (16 on 29 February 2020, a leap year)', () => {
    const leapling = (DEC: string) =>
      check(rule, { header: [header({ DOB: '2004-02-29' })], oc3: [oc3({ DOB: '2004-02-29' })] }, { previous: { episodes: [episode({ DECOM: '2019-12-01', DEC, REC: 'E4A' })] } });
    assert.deepEqual(leapling('2020-03-01'), []);
    assert.equal(leapling('2020-02-29').length, 1);
  });
});
