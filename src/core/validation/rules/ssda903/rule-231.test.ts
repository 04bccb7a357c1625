import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-231.ts';
import { cellsOf, check, header, uasc, run } from './test-helpers.ts';

describe('rule 231', () => {
  it('passes a UASC child 10 on 31 March, and a young child who is not UASC', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2015-03-31' })], uasc: [uasc()] }, { year: '2024/25' }), []);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2020-01-01' })] }, { year: '2024/25' }), []);
  });
  it('flags a UASC child 9 on 31 March', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2015-04-01' })], uasc: [uasc()] }, { year: '2024/25' })), ['Header.DOB=2015-04-01']);
  });
  it('is skipped without the UASC table', () => {
    assert.equal(run(rule, { header: [header()] }, { year: '2024/25', absent: ['uasc'] }).outcome.status, 'skipped');
  });
});
