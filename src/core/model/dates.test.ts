import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addMonths, ageOn, dayNumber, daysInMonth, fromDayNumber, parseDate, toDmy, weekday } from './dates.ts';

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

it('agrees with Date on day numbers, month lengths and months added, from year 1 to 9999', () => {
  const viaDate = (y: number, m: number, d: number): Date => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date;
  };
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: -400, max: 400 }), (y, m, d, months) => {
      const length = viaDate(y, m + 1, 0).getUTCDate();
      assert.equal(daysInMonth(y, m), length);
      const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      if (d > length) return assert.ok(Number.isNaN(dayNumber(iso)));
      const n = viaDate(y, m, d).getTime() / 86_400_000;
      assert.equal(dayNumber(iso), n);
      assert.equal(fromDayNumber(n), iso);
      const target = viaDate(y, m + months, 1);
      const day = Math.min(d, viaDate(target.getUTCFullYear(), target.getUTCMonth() + 2, 0).getUTCDate());
      if (target.getUTCFullYear() >= 1 && target.getUTCFullYear() <= 9999) {
        assert.equal(addMonths(iso, months), `${pad(target.getUTCFullYear(), 4)}-${pad(target.getUTCMonth() + 1, 2)}-${pad(day, 2)}`);
      }
    }),
    { numRuns: 5000 },
  );
  assert.ok(Number.isNaN(dayNumber('2024-1-01')));
  assert.ok(Number.isNaN(dayNumber('2024-01-0a')));
  assert.throws(() => fromDayNumber(Number.NaN), RangeError);
});
