import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backtest } from './backtest.ts';
import type { DemandData } from './demand-data.ts';
import { episode } from './test-council.ts';

// Ten children in foster care throughout, nobody arriving or leaving: the model must forecast exactly.
const steady: DemandData = {
  episodes: Array.from({ length: 10 }, (_, i) => episode(`C${i}`, '2020-05-01', 'U4', null, { YEAR: 2021 })),
  header: Array.from({ length: 10 }, (_, i) => ({ CHILD: `C${i}`, SEX: '1', DOB: '2012-06-01', ETHNIC: null, YEAR: 2024 })),
  uasc: [],
};

test('a council that does not change is forecast with no error', () => {
  const r = backtest({ ...steady, episodes: [...steady.episodes, episode('late', '2023-08-01', 'U4', '2023-08-02', { YEAR: 2024 })], header: [...steady.header, { ...steady.header[0]!, CHILD: 'late' }] }, { reference: { from: '2021-04-01', to: '2023-03-31' } });
  assert.ok(!('error' in r), 'error' in r ? r.error : '');
  const total = r.groups.find((g) => g.group === 'Total')!;
  // One child came and went for a day after the window: the forecast (10) is off by 1/11 on one day of 366.
  assert.ok(Math.abs(total.mape - 100 / 11 / 366) < 1e-9, String(total.mape));
  assert.equal(total.forecastAtEnd, 10);
  assert.equal(r.end, '2024-03-31');
});

test('children leaving that the window never saw: the error is what happened', () => {
  const leaving: DemandData = { ...steady, episodes: steady.episodes.map((e, i) => (i < 5 ? { ...e, DEC: '2023-10-01', YEAR: 2024 } : e)) };
  const r = backtest(leaving, { reference: { from: '2021-04-01', to: '2023-03-31' } });
  assert.ok(!('error' in r));
  const total = r.groups.find((g) => g.group === 'Total')!;
  // Forecast 10 throughout; actual 10 to 30 September, then 5: |10 − 5| / 5 = 100 % on 183 of 366 days.
  assert.ok(Math.abs(total.mape - (100 * 183) / 366) < 1e-9, String(total.mape));
});

test('a window too late for a 12-month comparison is a plain error', () => {
  const r = backtest(steady, { reference: { from: '2023-04-01', to: '2024-03-31' } });
  assert.ok('error' in r);
  assert.match(r.error, /needs data up to 2025-03-31/);
});
