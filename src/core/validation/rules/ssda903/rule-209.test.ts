import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-209.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 209', () => {
  it('passes UN1 for a child who turns 5 on 1 September 2023', () => {
    assert.deepEqual(check(rule, { header: [header({ UPN: 'UN1', DOB: '2018-09-01' })] }), []);
  });
  it('flags UN1 for a child 5 on 31 August 2023', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ UPN: 'UN1', DOB: '2018-08-31' })] })), ['Header.UPN=UN1']);
  });
});
