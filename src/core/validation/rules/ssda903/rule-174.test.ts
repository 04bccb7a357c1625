import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-174.ts';
import { cellsOf, check, header, variantFor } from './test-helpers.ts';

describe('rule 174', () => {
  it("passes a female child's MC_DOB", () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { header: [header({ SEX: '2', MOTHER: '1', MC_DOB: '2023-01-01' })] }), []);
  });
  it('flags MC_DOB for a male child, in either coding of SEX', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { header: [header({ SEX: '1', MC_DOB: '2023-01-01' })] })), ['Header.MC_DOB=2023-01-01']);
    assert.equal(check(variantFor(rules, '2024/25'), { header: [header({ SEX: 'M', MC_DOB: '2023-01-01' })] }, { year: '2024/25' }).length, 1);
  });
});
