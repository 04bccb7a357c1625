import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-625.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const mother = (MC_DOB: string) => [header({ SEX: '2', DOB: '2007-01-01', MOTHER: '1', MC_DOB })];

describe('rule 625', () => {
  it('passes a child born on 31 March, and on the day the mother left care', () => {
    assert.deepEqual(check(rule, { header: mother('2024-03-31'), episodes: [episode()] }), []);
    assert.deepEqual(check(rule, { header: mother('2023-09-01'), episodes: [episode({ DEC: '2023-09-01', REC: 'E13' })] }), []);
  });
  it('flags one born on 1 April after the year, and the day after the mother left care', () => {
    assert.deepEqual(cellsOf(check(rule, { header: mother('2024-04-01'), episodes: [episode()] })), ['Header.MC_DOB=2024-04-01']);
    assert.deepEqual(cellsOf(check(rule, { header: mother('2023-09-02'), episodes: [episode({ DEC: '2023-09-01', REC: 'E13' })] })), ['Header.MC_DOB=2023-09-02']);
  });
});
