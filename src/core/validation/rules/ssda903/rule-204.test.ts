import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-204.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 204', () => {
  it('passes the same ethnicity', () => {
    assert.deepEqual(check(rule, { header: [header()] }, { previous: { header: [header()] } }), []);
  });
  it('flags a different one', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ ETHNIC: 'WIRI' })] }, { previous: { header: [header()] } })), ['Header.ETHNIC=WIRI']);
  });
});
