import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-205B.ts';
import { cellsOf, check, uasc } from './test-helpers.ts';

describe('rule 205B', () => {
  it('passes the same DUC both years, and a DUC first given in this year', () => {
    assert.deepEqual(check(rule, { uasc: [uasc({ DUC: '2023-02-01' })] }, { previous: { uasc: [uasc({ DUC: '2023-02-01' })] } }), []);
    assert.deepEqual(check(rule, { uasc: [uasc({ DUC: '2023-04-01' })] }, { previous: { uasc: [uasc()] } }), []);
  });
  it("flags a changed or dropped DUC, and one before the year that last year's return lacks", () => {
    assert.deepEqual(cellsOf(check(rule, { uasc: [uasc({ DUC: null })] }, { previous: { uasc: [uasc({ DUC: '2023-02-01' })] } })), ['UASC.DUC=null']);
    assert.equal(check(rule, { uasc: [uasc({ DUC: '2023-03-31' })] }, { previous: { uasc: [uasc()] } }).length, 1);
  });
});
