import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../model/dates.ts';
import { FIRST, LAST, englandBankHolidays } from '../../../scripts/generate-bank-holidays.ts';
import { bankHolidays } from './bank-holidays.ts';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

describe('England working-day calendar', () => {
  it('has the one-off bank holidays of the official list', () => {
    assert.ok(bankHolidays(2022).includes('2022-09-19'), 'state funeral of Queen Elizabeth II');
    assert.ok(bankHolidays(2022).includes('2022-06-03'), 'platinum jubilee');
    assert.ok(bankHolidays(2023).includes('2023-05-08'), 'coronation');
    assert.ok(bankHolidays(2020).includes('2020-05-08'), 'VE day moved the early May holiday');
    assert.ok(!bankHolidays(2020).includes('2020-05-04'));
  });

  it('lists substitute days, not the weekend days they replace', () => {
    assert.deepEqual(bankHolidays(2022).filter((d) => d.endsWith('-12-25') || d.endsWith('-12-26') || d.endsWith('-12-27')), ['2022-12-26', '2022-12-27']);
    assert.deepEqual(bankHolidays(2026), ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
  });

  it('counts the start day as day 0 and skips weekends and holidays', () => {
    assert.equal(workingDaysBetween('2024-01-08', '2024-01-09'), 1); // Monday to Tuesday
    assert.equal(workingDaysBetween('2024-01-05', '2024-01-08'), 1); // Friday to Monday
    assert.equal(workingDaysBetween('2024-01-08', '2024-01-08'), 0);
    assert.equal(workingDaysBetween('2023-12-22', '2024-01-02'), 4); // Christmas, Boxing Day, New Year
    assert.equal(workingDaysBetween('2024-01-09', '2024-01-08'), -1);
    assert.equal(isWorkingDay('2024-02-29'), true); // leap day, a Thursday
    assert.equal(isWorkingDay('2023-05-08'), false);
  });

  it('finds the 45th working day of an assessment across Easter', () => {
    // Referral Monday 4 March 2024; Good Friday 29 March and Easter Monday 1 April are not counted.
    const day45 = addWorkingDays('2024-03-04', 45);
    assert.equal(day45, '2024-05-09');
    assert.equal(workingDaysBetween('2024-03-04', day45), 45);
  });

  it('counts across years, and in any year the holiday rules cover', () => {
    assert.equal(workingDaysBetween('2023-12-29', '2024-01-02'), 1); // Friday to the Tuesday after New Year's Day
    assert.equal(addWorkingDays('2024-01-02', -1), '2023-12-29');
    assert.equal(addWorkingDays('2079-12-24', 2), '2079-12-28'); // Christmas Monday and Boxing Tuesday skipped
    assert.equal(workingDaysBetween('1985-01-01', '1986-01-01'), 253);
  });

  it('adds working days as the inverse of counting them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 40 }), fc.integer({ min: -400, max: 400 }), (offset, n) => {
        const from = addDays('2000-01-01', offset);
        const to = addWorkingDays(from, n);
        if (n === 0) return to === from;
        return workingDaysBetween(from, to) === n && isWorkingDay(to);
      }),
    );
  });
});

describe('the bank holiday list shipped as data', () => {
  it('is exactly what the date-holidays rules give, every year from 1900 to 2100', () => {
    for (let year = FIRST; year <= LAST; year++) assert.deepEqual(bankHolidays(year), englandBankHolidays(year), String(year));
  });
});
