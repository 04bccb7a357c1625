import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-208.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 208', () => {
  it('passes the same UPN, and a UPN found since last year', () => {
    assert.deepEqual(check(rule, { header: [header()] }, { previous: { header: [header()] } }), []);
    assert.deepEqual(check(rule, { header: [header()] }, { previous: { header: [header({ UPN: 'UN4' })] } }), []);
  });
  it('flags another UPN, and a known UPN replaced by a code', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ UPN: 'A123456789013' })] }, { previous: { header: [header()] } })), ['Header.UPN=A123456789013']);
    assert.equal(check(rule, { header: [header({ UPN: 'UN2' })] }, { previous: { header: [header()] } }).length, 1);
  });
});
