import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1560Q.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 1560Q', () => {
  it('passes a well-formed former UPN', () => {
    assert.deepEqual(check(rule, child({ ids: { FormerUPN: 'A000000000001' } })), []);
  });
  it('flags a malformed one', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ ids: { FormerUPN: '1234' } }))), ['ChildIdentifiers.FormerUPN=1234']);
  });
});
