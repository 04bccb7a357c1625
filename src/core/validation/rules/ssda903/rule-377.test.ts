import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays } from '../../../model/dates.ts';
import { rule } from './rule-377.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const holidays = (starts: readonly string[]) => ({ episodes: starts.map((DECOM) => episode({ DECOM, DEC: addDays(DECOM, 7), REC: 'X1', PLACE: 'T3', RNE: 'P' })) });

describe('rule 377', () => {
  it('passes a third T3 starting 12 months after the first', () => {
    assert.deepEqual(check(rule, holidays(['2023-04-01', '2023-08-01', '2024-04-01'])), []);
  });
  it('flags a third T3 starting the day before', () => {
    assert.deepEqual(cellsOf(check(rule, holidays(['2023-04-01', '2023-08-01', '2024-03-31']))), ['Episodes.PLACE=T3']);
  });
});
