import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-168.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 168', () => {
  it('passes a UPN, a temporary UPN and UN1 to UN5', () => {
    const rows = ['A123456789012', 'B12345678901C', 'UN1', 'UN5'].map((UPN, i) => header({ CHILD: String(i), UPN }));
    assert.deepEqual(check(rule, { header: rows }), []);
  });
  it('flags UN6, a short UPN and a blank', () => {
    const rows = ['UN6', 'A12345678901', null].map((UPN, i) => header({ CHILD: String(i), UPN }));
    assert.deepEqual(cellsOf(check(rule, { header: rows })), ['Header.UPN=UN6', 'Header.UPN=A12345678901', 'Header.UPN=null']);
  });
});
