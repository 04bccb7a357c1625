import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-205D.ts';
import { cellsOf, check, header, uasc } from './test-helpers.ts';

describe('rule 205D', () => {
  it('passes a UASC child new this year, and one UASC both years', () => {
    assert.deepEqual(check(rule, { uasc: [uasc()] }, { previous: {} }), []);
    assert.deepEqual(check(rule, { uasc: [uasc()] }, { previous: { header: [header()], uasc: [uasc()] } }), []);
  });
  it('flags a child in last year\'s return who was not UASC then', () => {
    assert.deepEqual(cellsOf(check(rule, { uasc: [uasc()] }, { previous: { header: [header()] } })), ['UASC.CHILD=1']);
  });
});
