import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-202.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 202', () => {
  it('passes the same sex, also across the change from 2 to F, and a child new this year', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2' })] }, { previous: { header: [header({ SEX: '2' })] } }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: 'F' })] }, { year: '2024/25', previous: { header: [header({ SEX: '2' })] } }), []);
    assert.deepEqual(check(rule, { header: [header({ SEX: '2' })] }, { previous: { header: [header({ CHILD: '9', SEX: '1' })] } }), []);
  });
  it("flags a change, naming last year's cell", () => {
    const findings = check(rule, { header: [header({ SEX: '1' })] }, { previous: { header: [header({ SEX: '2' })] } });
    assert.deepEqual(cellsOf(findings), ['Header.SEX=1']);
    assert.deepEqual(cellsOf(findings[0]!.related), ['Header (previous year).SEX=2']);
    assert.equal(check(rule, { header: [header({ SEX: 'M' })] }, { year: '2024/25', previous: { header: [header({ SEX: '2' })] } }).length, 1);
  });
});
