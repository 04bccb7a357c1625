import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GRADES } from '../inspections/grade.ts';
import { goodOrBetter, noGrades, shareGoodOrBetter } from './grades.ts';

describe('case-audit grade counts', () => {
  it("counts on the inspections' scale, with its spelling", () => {
    assert.deepEqual(Object.keys(noGrades()), [...GRADES]);
    assert.deepEqual(GRADES.filter(goodOrBetter), ['outstanding', 'good']);
  });

  it('gives the share good or better, and none when nothing is counted', () => {
    assert.equal(shareGoodOrBetter({ outstanding: 1, good: 2, 'requires improvement': 4, inadequate: 1 }), 37.5);
    assert.equal(shareGoodOrBetter(noGrades()), null);
  });
});
