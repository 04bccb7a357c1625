import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT21.ts';
import { cellsOf, check, header, relatedOf, uasc } from './test-helpers.ts';

describe('rule INT21', () => {
  it('passes the Header sex', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: '2' })], uasc: [uasc({ SEX: ' 2' })] }), []);
  });
  it('flags another sex and a blank one, with the Header sex as related cell', () => {
    const findings = check(rule, { header: [header({ SEX: 'F' })], uasc: [uasc({ SEX: 'M' }), uasc({ SEX: null })] }, { year: '2024/25' });
    assert.deepEqual(cellsOf(findings), ['UASC.SEX=M', 'UASC.SEX=null']);
    assert.deepEqual(relatedOf(findings[0]), ['Header.SEX=F']);
  });
});
