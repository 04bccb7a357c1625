import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromDayNumber } from '../../model/dates.ts';
import { count, isDateTime, isGYear, isoDate, yesNo, zonedIsoDate } from './cin-values.ts';

describe('cin-values', () => {
  it('isoDate accepts real days only, in YYYY-MM-DD', () => {
    assert.equal(isoDate('2024-02-29'), '2024-02-29');
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '24-04-01', '2024/04/01', '2024-4-01', ' 2024-04-01', '2024-04-0a']) {
      assert.equal(isoDate(bad), null, bad);
    }
  });

  it('isoDate agrees with the calendar for every day', () => {
    fc.assert(fc.property(fc.integer({ min: -25_000, max: 60_000 }), (n) => {
      const d = fromDayNumber(n);
      assert.equal(isoDate(d), d);
    }));
  });

  it('zonedIsoDate takes the date of an xs:date with a time zone', () => {
    assert.equal(zonedIsoDate('2024-03-31Z'), '2024-03-31');
    assert.equal(zonedIsoDate('2024-03-31+01:00'), '2024-03-31');
    assert.equal(zonedIsoDate('2024-03-31T00:00'), null);
  });

  it('yesNo reads 0/1 and true/false spellings', () => {
    assert.deepEqual(['0', '1', 'true', 'FALSE', 'yes', '', '01'].map(yesNo), [false, true, true, false, null, null, null]);
  });

  it('count reads whole numbers of 0 or more', () => {
    assert.deepEqual(['0', '12', '+3', '007', '-1', '1.0', '', '+', '1e3', '9999999999999999'].map(count), [0, 12, 3, 7, null, null, null, null, null, null]);
  });

  it('date-times and years as the schema types them', () => {
    assert.ok(isDateTime('2023-05-23T11:14:05'));
    assert.ok(isDateTime('2022-07-21T10:12:28Z'));
    assert.ok(!isDateTime('2023-05-23 11:14'));
    assert.ok(isGYear('2026'));
    assert.ok(!isGYear('26'));
  });
});
