import assert from 'node:assert/strict';
import { it } from 'node:test';
import { assessmentFactors, genderCurrent, primaryNeedCode, referralSource, sex } from './cin-codes.ts';
import { codesIn } from './code-list.ts';
import { activity, placement, reasonEpisodeCeased, sex903, socialWorkerChangeReason } from './ssda903-codes.ts';

it('works out each year\'s CIN lists from the declared changes', () => {
  assert.equal(codesIn(referralSource, 2022).has('5D'), false);
  assert.equal(codesIn(referralSource, 2023).has('5D'), true);
  assert.equal(codesIn(assessmentFactors, 2020).has('18A'), true);
  assert.equal(codesIn(assessmentFactors, 2023).has('18A'), false);
  assert.equal(codesIn(assessmentFactors, 2023).has('18C'), true);
  assert.equal(codesIn(assessmentFactors, 2021).has('24A'), false);
  assert.equal(codesIn(genderCurrent, 2024).has('9'), true);
  assert.equal(codesIn(genderCurrent, 2025).codes.length, 0);
  assert.deepEqual(codesIn(sex, 2025).codes, ['M', 'F', 'U']);
  assert.equal(codesIn(primaryNeedCode, 2025).label('N1'), 'Abuse or neglect');
  assert.equal(codesIn(primaryNeedCode, 2026).label('N1'), 'Abuse, neglect and exploitation');
});

it('works out each year\'s SSDA903 lists from the declared changes', () => {
  assert.equal(codesIn(placement, 2024).has('H5'), true);
  assert.equal(codesIn(placement, 2025).has('H5'), false);
  assert.equal(codesIn(placement, 2025).has('K3'), true);
  assert.equal(codesIn(placement, 2025).has('Z11'), false);
  assert.equal(codesIn(placement, 2026).has('Z11'), true);
  assert.equal(codesIn(reasonEpisodeCeased, 2018).has('E43'), true);
  assert.equal(codesIn(reasonEpisodeCeased, 2019).has('E43'), false);
  assert.equal(codesIn(reasonEpisodeCeased, 2019).has('E48'), true);
  assert.equal(codesIn(activity, 2021).has('F3'), true);
  assert.equal(codesIn(activity, 2022).has('F3'), false);
  assert.deepEqual(codesIn(sex903, 2024).codes, ['1', '2']);
  assert.deepEqual(codesIn(sex903, 2025).codes, ['M', 'F', 'U']);
  assert.equal(codesIn(socialWorkerChangeReason, 2023).codes.length, 0);
  assert.equal(codesIn(socialWorkerChangeReason, 2024).has('TSPROC'), true);
});
