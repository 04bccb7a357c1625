import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-104.ts';
import { cellsOf, check, uasc } from './test-helpers.ts';

describe('rule 104', () => {
  it('passes a valid DUC', () => {
    assert.deepEqual(check(rule, { uasc: [uasc({ DUC: '2023-09-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { uasc: [uasc({ DUC: null, raw: { DUC: '31/02/2023' } })] })), ['UASC.DUC=31/02/2023']);
  });
  it('passes a blank DUC, which is optional here', () => {
    assert.deepEqual(check(rule, { uasc: [uasc({ DUC: null })] }), []);
  });
});
