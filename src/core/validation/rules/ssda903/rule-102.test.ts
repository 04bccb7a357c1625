import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-102.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 102', () => {
  it('passes a valid DOB', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2015-05-10' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: null, raw: { DOB: '31/02/2023' } })] })), ['Header.DOB=31/02/2023']);
  });
  it('flags a blank DOB, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: null })] })), ['Header.DOB=null']);
  });
});
