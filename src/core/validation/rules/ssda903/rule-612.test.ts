import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-612.ts';
import { cellsOf, check, header, variantFor } from './test-helpers.ts';

describe('rule 612', () => {
  it('passes a mother with her child\'s date of birth, and a girl without one', () => {
    const rule = variantFor(rules, '2023/24');
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: '1', MC_DOB: '2023-06-01' }), header({ CHILD: '2', SEX: '2', MOTHER: '0' })] }), []);
  });
  it('flags MOTHER 0 or blank with a date of birth, by the year\'s female code', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { header: [header({ SEX: '2', MOTHER: '0', MC_DOB: '2023-06-01' })] })), ['Header.MOTHER=0']);
    assert.deepEqual(cellsOf(check(variantFor(rules, '2025/26'), { header: [header({ SEX: 'F', MC_DOB: '2025-06-01' })] }, { year: '2025/26' })), ['Header.MOTHER=null']);
  });
});
