import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-171.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 171', () => {
  it('passes a valid MC_DOB', () => {
    assert.deepEqual(check(rule, { header: [header({ MC_DOB: '2023-01-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ MC_DOB: null, raw: { MC_DOB: '31/02/2023' } })] })), ['Header.MC_DOB=31/02/2023']);
  });
  it('passes a blank MC_DOB, which is optional here', () => {
    assert.deepEqual(check(rule, { header: [header({ MC_DOB: null })] }), []);
  });
});
