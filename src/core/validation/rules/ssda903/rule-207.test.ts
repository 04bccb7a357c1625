import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-207.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const mother = header({ SEX: '2', MOTHER: '1' });

describe('rule 207', () => {
  it('passes a mother still a mother, and a child who left care before the year', () => {
    assert.deepEqual(check(rule, { header: [mother], episodes: [episode()] }, { previous: { header: [mother] } }), []);
    const left = episode({ DECOM: '2022-01-01', DEC: '2023-03-31', REC: 'E4A' });
    assert.deepEqual(check(rule, { header: [header({ SEX: '2', MOTHER: '0' })], episodes: [left] }, { previous: { header: [mother] } }), []);
  });
  it('flags a mother last year recorded as not one', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ SEX: '2', MOTHER: '0' })], episodes: [episode()] }, { previous: { header: [mother] } })), [
      'Header.MOTHER=0',
    ]);
  });
});
