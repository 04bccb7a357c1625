import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-563.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

describe('rule 563', () => {
  it('passes a ceased decision with its date, and an unreadable date (another rule\'s)', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED_CEASED: '2023-09-01', REASON_PLACED_CEASED: 'RD1' })] }), []);
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: null, raw: { DATE_PLACED: '31/02/2023' }, REASON_PLACED_CEASED: 'RD1' })] }), []);
  });
  it('flags a reason it ceased with no date of decision', () => {
    assert.deepEqual(cellsOf(check(rule, { placed_for_adoption: [placed({ DATE_PLACED: null, REASON_PLACED_CEASED: 'RD3' })] })), ['PlacedAdoption.DATE_PLACED=null']);
  });
});
