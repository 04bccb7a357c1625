import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-406.ts';
import { cellsOf, check, episode, header, uasc } from './test-helpers.ts';
import { postcodesForTests as postcodes } from './reference-data.test-support.ts';

describe('rule 406', () => {
  it('passes a UASC child without a home postcode, and a non-UASC child with a distance', () => {
    assert.deepEqual(check(rule, { header: [header()], uasc: [uasc()], episodes: [episode({ HOME_POST: null })] }, { postcodes }), []);
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode()] }, { postcodes }), []);
  });
  it('flags a distance for a formerly UASC child', () => {
    const findings = check(rule, { header: [header()], uasc: [uasc({ DUC: '2023-01-01' })], episodes: [episode()] }, { postcodes });
    assert.deepEqual(cellsOf(findings), ['Episodes.HOME_POST=AB1 2CD']);
    assert.deepEqual(findings[0]!.related.map((c) => c.table), ['Episodes', 'UASC']);
  });
});
