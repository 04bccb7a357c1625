import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-376.ts';
import { cellsOf, check } from './test-helpers.ts';
import { durationCases } from './spell-length-rule.test-support.ts';

describe('rule 376', () => {
  for (const c of durationCases('PLACE', 'T3', 21)) it(c.name, () => assert.deepEqual(cellsOf(check(rule, c.rows)), c.expected));
});
