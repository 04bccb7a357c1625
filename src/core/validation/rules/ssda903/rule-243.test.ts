import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-243.ts';
import { cellsOf, check, episode } from './test-helpers.ts';
import { providers } from './reference-data.test-support.ts';

const year = '2025/26';

describe('rule 243', () => {
  it('passes a URN in the list, XXXXXXX and no URN', () => {
    const rows = [episode({ URN: 'SC123456' }), episode({ URN: 'XXXXXXX', PLACE: 'A4' }), episode()];
    assert.deepEqual(check(rule, { episodes: rows }, { year, providers }), []);
  });
  it('flags a URN not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ URN: 'SC999999' })] }, { year, providers })), ['Episodes.URN=SC999999']);
  });
});
