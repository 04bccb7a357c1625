import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber } from '../model/dates.ts';
import { cleanEpisodes, type CleanedData } from './clean-episodes.ts';
import { fitRates } from './rates.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { modelStates } from './transitions.ts';

function cleaned(): CleanedData {
  const c = cleanEpisodes(handBuilt);
  assert.ok(!('error' in c));
  return c;
}

const window = { from: dayNumber(handWindow.from), to: dayNumber(handWindow.to) };

test('hand-built council: the rates worked out on paper', () => {
  const c = cleaned();
  const space = modelStates(c.episodes);
  assert.deepEqual(space.states.map((s) => s.label), ['5 to 10 - Fostering', '5 to 10 - Residential', '5 to 10 - Not in care']);
  const [F, R, N] = [0, 1, 2];
  const S = 3;
  const rates = fitRates(space, c.episodes, window);
  // Fostering held 4 children the day before each of the 4 days (E arrives as A leaves): A leaves on
  // day 2 (1/4), B moves on day 3 (1/4); the mean over 4 days is 1/16 each.
  assert.equal(rates.transition[F * S + N], 1 / 16);
  assert.equal(rates.transition[F * S + R], 1 / 16);
  // Residential held someone the day before on one day only (B, on 2024-01-03), with no move.
  assert.equal(rates.transition[R * S + N], 0);
  // One entry (E) in a 4-day window: 1/4 a day. B's residential piece follows foster care, so is no entry.
  assert.deepEqual([...rates.entry], [0.25, 0, 0]);
  // Listed: the observed moves, plus every move within the bracket and out of care.
  assert.equal(rates.listed[R * S + F], 1);
  assert.equal(rates.listed[N * S + F], 0);
  assert.deepEqual(rates.notes, []);
});

test('a move out of a state nobody was in is left out with a note, not a failure', () => {
  const c = cleanEpisodes({
    ...handBuilt,
    episodes: [...handBuilt.episodes, { ...handBuilt.episodes[0]!, CHILD: 'Z', PLACE: 'K1', DECOM: '2024-01-02', DEC: '2024-01-02' }],
    header: [...handBuilt.header, { ...handBuilt.header[0]!, CHILD: 'Z' }],
  });
  assert.ok(!('error' in c));
  const space = modelStates(c.episodes);
  const rates = fitRates(space, c.episodes, window);
  assert.match(rates.notes[0]!, /5 to 10 - Other on 2024-01-02/);
  assert.ok([...rates.transition].every(Number.isFinite));
});

test('a window with nobody in a state gives that state rate 0, not NaN', () => {
  const c = cleaned();
  const space = modelStates(c.episodes);
  const rates = fitRates(space, c.episodes, { from: dayNumber('2023-04-01'), to: dayNumber('2023-04-30') });
  assert.ok([...rates.transition].every((r) => r === 0));
  assert.ok([...rates.entry].every((r) => r === 0));
});
