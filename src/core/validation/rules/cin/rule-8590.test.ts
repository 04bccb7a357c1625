import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8590.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 8590', () => {
  it('passes a child with an episode', () => {
    assert.deepEqual(check(rule, child()), []);
  });
  it('flags a child with none', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [] }))), ['ChildIdentifiers.LAchildID=C1']);
  });
});
