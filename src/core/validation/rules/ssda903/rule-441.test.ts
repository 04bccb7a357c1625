import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-441.ts';
import { cellsOf, check, header, review } from './test-helpers.ts';

const rows = (DOB: string, REVIEW_CODE = 'PN1') => ({ header: [header({ DOB })], reviews: [review({ DOB, REVIEW: '2024-02-29', REVIEW_CODE })] });

describe('rule 441', () => {
  it('passes PN1 on the 4th birthday (a leap day)', () => {
    assert.deepEqual(check(rule, rows('2020-02-29')), []);
  });
  it('flags PN7 the day before the 4th birthday', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2020-03-01', 'PN7'))), ['Reviews.REVIEW_CODE=PN7']);
  });
  it('passes PN0 under 4', () => {
    assert.deepEqual(check(rule, rows('2020-03-01', 'PN0')), []);
  });
});
