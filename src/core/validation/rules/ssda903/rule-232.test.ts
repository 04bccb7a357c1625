import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-232.ts';
import { cellsOf, check, header } from './test-helpers.ts';

describe('rule 232', () => {
  it('passes M and F', () => {
    assert.deepEqual(check(rule, { header: [header({ SEX: 'M' }), header({ CHILD: '2', SEX: 'F' })] }, { year: '2024/25' }), []);
  });
  it('flags U', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: 'U' })] }, { year: '2024/25' })), ['Header.SEX=U']);
  });
});
