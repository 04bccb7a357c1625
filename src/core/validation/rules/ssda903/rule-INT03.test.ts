import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-INT03.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

describe('rule INT03', () => {
  it('passes a child in Episodes who is in Header', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode()] }), []);
  });
  it('flags a child in Episodes but not in Header, once whatever its rows', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode(), episode()] })), ['Episodes.CHILD=1']);
  });
});
