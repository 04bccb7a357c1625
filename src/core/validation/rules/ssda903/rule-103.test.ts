import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-103.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 103', () => {
  it('passes a valid ETHNIC', () => {
    assert.deepEqual(check(rule, { header: [header({ ETHNIC: 'WBRI' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ ETHNIC: 'XXXX' })] })), ['Header.ETHNIC=XXXX']);
  });
  it('flags a blank ETHNIC, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ ETHNIC: null })] })), ['Header.ETHNIC=null']);
  });
});
