import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-205A.ts';
import { cellsOf, check, header, uasc } from './test-helpers.ts';

describe('rule 205A', () => {
  it('passes a child who stopped being UASC last year (DUC 31 March), and one still UASC', () => {
    assert.deepEqual(check(rule, { header: [header()] }, { previous: { header: [header()], uasc: [uasc({ DUC: '2023-03-31' })] } }), []);
    assert.deepEqual(check(rule, { header: [header()], uasc: [uasc()] }, { previous: { header: [header()], uasc: [uasc()] } }), []);
  });
  it('flags a child dropped from the UASC table with no DUC, or a DUC in this year', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()] }, { previous: { uasc: [uasc()] } })), ['Header.CHILD=1']);
    assert.equal(check(rule, { header: [header()] }, { previous: { uasc: [uasc({ DUC: '2023-04-01' })] } }).length, 1);
  });
});
