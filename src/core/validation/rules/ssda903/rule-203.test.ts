import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-203.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 203', () => {
  it('passes the same date of birth', () => {
    assert.deepEqual(check(rule, { header: [header()] }, { previous: { header: [header()] } }), []);
  });
  it('flags a different one', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2015-05-11' })] }, { previous: { header: [header()] } })), ['Header.DOB=2015-05-11']);
  });
});
