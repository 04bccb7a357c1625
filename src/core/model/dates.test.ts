import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addMonths, ageOn, dayNumber, fromDayNumber, parseDate, toDmy, weekday } from './dates.ts';

describe('dates', () => {
  it('reads ISO and DfE dd/mm/yyyy dates and refuses impossible ones', () => {
    assert.equal(parseDate('2024-02-29'), '2024-02-29');
    assert.equal(parseDate(' 29/02/2024 '), '2024-02-29');
    assert.equal(parseDate('1/3/2024'), '2024-03-01');
    assert.equal(parseDate('2024-03-01 00:00:00'), '2024-03-01');
    assert.equal(parseDate('29/02/2023'), null);
    assert.equal(parseDate('2023-02-29'), null);
    assert.equal(parseDate('31/04/2024'), null);
    assert.equal(parseDate('2024-13-01'), null);
    assert.equal(parseDate('01-03-2024'), null);
    assert.equal(parseDate(''), null);
  });

  it('round-trips day numbers and dd/mm/yyyy for every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2300-12-31') }), (n) => {
        const iso = fromDayNumber(n);
        return dayNumber(iso) === n && parseDate(toDmy(iso)) === iso;
      }),
    );
  });

  it('knows weekdays', () => {
    assert.equal(weekday('2026-11-22'), 0); // a Sunday
    assert.equal(weekday('2024-02-29'), 4);
  });

  it('counts ages across birthdays, including 29 February', () => {
    assert.equal(ageOn('2008-03-31', '2026-03-30'), 17);
    assert.equal(ageOn('2008-03-31', '2026-03-31'), 18);
    assert.equal(ageOn('2008-02-29', '2026-02-27'), 17);
    assert.equal(ageOn('2008-02-29', '2026-02-28'), 18);
    assert.equal(ageOn('2008-02-29', '2028-02-28'), 19);
    assert.equal(ageOn('2008-02-29', '2028-02-29'), 20);
  });

  it('adds calendar months clamped to the end of the month', () => {
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
    assert.equal(addMonths('2024-08-31', 18), '2026-02-28');
    assert.equal(addMonths('2024-03-15', -3), '2023-12-15');
  });
});

it('keeps years before 100 as typed rather than reading them as 19xx', () => {
  assert.equal(parseDate('01/01/0099'), '0099-01-01');
  assert.equal(parseDate('0099-02-29'), null);
});
