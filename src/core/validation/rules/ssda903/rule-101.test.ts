import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-101.ts';
import { cellsOf, check, header, variantFor } from './test-helpers.ts';

describe('rule 101', () => {
  it('passes 1 and 2 to 2023/24, M F U from 2024/25', () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { header: [header({ SEX: '2' })] }), []);
    assert.deepEqual(check(variantFor(rules, '2024/25'), { header: [header({ SEX: 'U' })] }, { year: '2024/25' }), []);
  });
  it('flags a wrong or blank sex, and the old codes after the change', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { header: [header({ SEX: '3' }), header({ CHILD: '2', SEX: null })] })), [
      'Header.SEX=3', 'Header.SEX=null',
    ]);
    assert.equal(check(variantFor(rules, '2024/25'), { header: [header({ SEX: '1' })] }, { year: '2024/25' }).length, 1);
  });
});
