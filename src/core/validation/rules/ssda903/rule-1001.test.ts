import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Episode } from '../../../model/ssda903.ts';
import { rule } from './rule-1001.ts';
import { cellsOf, check, episode, header, oc3, relatedOf, run } from './test-helpers.ts';

// The returns given (2022/23 and 2023/24) begin on 1 April 2022.
// Born 10 May 2006: 14 on 10 May 2020 (before the returns), 16 on 10 May 2022 (within them), 17 during 2023/24.
const DOB = '2006-05-10';
// Born 2 March 2008: 14 on 2 March 2022, a month before the returns begin; 16 on 2 March 2024.
const YOUNG = '2008-03-02';
const leaver = (previous: Episode[], current: Episode[] = [], dob = DOB) =>
  check(rule, { header: [header({ DOB: dob })], episodes: current, oc3: [oc3({ DOB: dob })] }, { previous: { episodes: previous } });

describe('rule 1001', () => {
  it('passes 13 weeks (91 days) in care after 14, ending the day after the 16th birthday', () => {
    assert.deepEqual(leaver([episode({ DECOM: '2022-02-09', DEC: '2022-05-11', REC: 'E4A' })]), []);
  });
  it('flags 90 days when the returns show every day since the 14th birthday, with the header DOB as related cell', () => {
    // 2 March to 15 April 2022 is 44 days; 1 February to 18 March 2024 is 46 more; the 16th birthday falls in the second.
    const [f] = leaver([episode({ DECOM: '2022-01-01', DEC: '2022-04-15', REC: 'E4A' })], [episode({ DECOM: '2024-02-01', DEC: '2024-03-18', REC: 'E4A' })], YOUNG);
    assert.deepEqual(cellsOf([f!]), ['OC3.IN_TOUCH=YES']);
    assert.deepEqual(relatedOf(f), ['OC3.ACTIV=F2', 'OC3.ACCOM=B1', 'Header.DOB=2008-03-02']);
    assert.deepEqual(leaver([episode({ DECOM: '2022-01-01', DEC: '2022-04-15', REC: 'E4A' })], [episode({ DECOM: '2024-02-01', DEC: '2024-03-19', REC: 'E4A' })], YOUNG), []);
  });
  it('does not flag a short total when care before the returns given could make up the rest, as the DfE warns', () => {
    assert.deepEqual(leaver([episode({ DECOM: '2022-02-10', DEC: '2022-05-11', REC: 'E4A' })]), []);
  });
  it('flags care that ended on the 16th birthday, however long, when the 16th birthday is within the returns', () => {
    assert.equal(leaver([episode({ DECOM: '2021-01-01', DEC: '2022-05-10', REC: 'E4A' })]).length, 1);
  });
  it('flags a young person on short breaks from before the 16th birthday, who could not have left other care after it unseen', () => {
    // 16 on 12 February 2022; short breaks given from 19 October 2021 on, so any earlier care ended before 16 (not so from 1 March 2022).
    assert.equal(leaver([episode({ DECOM: '2021-10-19', LS: 'V4' })], [episode({ DECOM: '2021-10-19', LS: 'V4', DEC: '2024-01-18', REC: 'E8' })], '2006-02-12').length, 1);
    assert.deepEqual(leaver([episode({ DECOM: '2022-03-01', LS: 'V4' })], [episode({ DECOM: '2022-03-01', LS: 'V4', DEC: '2024-01-18', REC: 'E8' })], '2006-02-12'), []);
  });
  it('counts an episode sent in both years once', () => {
    // 44 days in 2022, then 2 February to 5 March 2024 (32 days) sent open last year and ended this year: 76 days, under 13 weeks.
    const early = episode({ DECOM: '2022-01-01', DEC: '2022-04-15', REC: 'E4A' });
    assert.equal(leaver([early, episode({ DECOM: '2024-02-02' })], [episode({ DECOM: '2024-02-02', DEC: '2024-03-05', REC: 'E4A' })], YOUNG).length, 1);
  });
  it('does not count short breaks (V3/V4)', () => {
    assert.equal(leaver([episode({ DECOM: '2021-01-01', DEC: '2022-06-01', LS: 'V3', REC: 'E4A' })]).length, 1);
  });
  it('leaves a young person with no episodes to rule 1002, and is skipped without last year', () => {
    assert.deepEqual(leaver([]), []);
    assert.equal(run(rule, { oc3: [oc3()] }).outcome.status, 'skipped');
  });
  it('counts birthdays of a child born on 29 February as the DfE ages them (16 on 29 February 2024, a leap year)', () => {
    const leapling = (DEC: string) =>
      check(rule, { header: [header({ DOB: '2008-02-29' })], oc3: [oc3({ DOB: '2008-02-29' })], episodes: [episode({ DECOM: '2023-12-01', DEC, REC: 'E4A' })] }, { previous: {} });
    assert.deepEqual(leapling('2024-03-01'), []);
    assert.equal(leapling('2024-02-29').length, 1);
  });
});
