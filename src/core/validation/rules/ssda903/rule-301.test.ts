import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-301.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 301', () => {
  it('passes a child born on 31 March, the last day of the year', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2024-03-31' })] }), []);
  });
  it('flags a child born on 1 April, the day after the year ended', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2024-04-01' })] })), ['Header.DOB=2024-04-01']);
  });
});
