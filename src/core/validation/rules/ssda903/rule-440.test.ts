import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-440.ts';
import { cellsOf, check, header, review } from './test-helpers.ts';

const rows = (DOB: string, REVIEW_CODE = 'PN0') => ({ header: [header({ DOB })], reviews: [review({ DOB, REVIEW: '2024-02-29', REVIEW_CODE })] });

describe('rule 440', () => {
  it('passes PN0 the day before the 4th birthday', () => {
    assert.deepEqual(check(rule, rows('2020-03-01')), []);
  });
  it('flags PN0 on the 4th birthday (a leap day)', () => {
    assert.deepEqual(cellsOf(check(rule, rows('2020-02-29'))), ['Reviews.REVIEW_CODE=PN0']);
  });
  it('passes other codes at 4', () => {
    assert.deepEqual(check(rule, rows('2020-02-29', 'PN1')), []);
  });
});
