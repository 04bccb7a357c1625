import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromDayNumber } from '../model/dates.ts';
import { cleanEpisodes } from './clean-episodes.ts';
import type { DemandData } from './demand-data.ts';
import { episode } from './test-council.ts';

const data: DemandData = {
  episodes: [
    // X: reported open in 2023, closed in 2024 (the closed copy wins); an L change merged in; then a
    // residential episode crossing the 10th birthday (2024-01-10), split there.
    episode('X', '2023-06-01', 'U4', null, { YEAR: 2023 }),
    episode('X', '2023-06-01', 'U4', '2023-09-01', { REC: 'X1' }),
    episode('X', '2023-09-01', 'U4', '2023-12-01', { RNE: 'L', REC: 'E3' }),
    episode('X', '2023-12-01', 'K2', null, { RNE: 'P' }),
    // Y: an episode running past the next one's start ends there.
    episode('Y', '2023-05-01', 'U1', '2023-08-01'),
    episode('Y', '2023-07-01', 'P2', null, { RNE: 'P' }),
    episode('Z', null, 'U4', null),
    episode('W', '2023-05-01', 'U4', '2023-04-01'),
  ],
  header: [
    { CHILD: 'X', SEX: '1', DOB: '2013-01-01', ETHNIC: null, YEAR: 2023 },
    { CHILD: 'X', SEX: '1', DOB: '2014-01-10', ETHNIC: null, YEAR: 2024 },
    { CHILD: 'Y', SEX: '2', DOB: '2007-05-05', ETHNIC: null, YEAR: 2024 },
    { CHILD: 'Z', SEX: '2', DOB: '2007-05-05', ETHNIC: null, YEAR: 2024 },
    { CHILD: 'W', SEX: '2', DOB: '2007-05-05', ETHNIC: null, YEAR: 2024 },
  ],
  uasc: [{ CHILD: 'Y' }],
};

function pieces(d: DemandData, options = {}) {
  const c = cleanEpisodes(d, options);
  assert.ok(!('error' in c), 'error' in c ? c.error : '');
  return { ...c, rows: c.episodes.map((e) => [e.child, fromDayNumber(e.start), e.end === null ? null : fromDayNumber(e.end), e.category, e.bracket, e.endBracket, e.before, e.after, e.RNE, e.REC]) };
}

test('de-duplication, overlap trimming, the L merge and the ageing split, each stated', () => {
  const c = pieces(data);
  assert.deepEqual(c.rows, [
    ['X', '2023-06-01', '2023-12-01', 'Fostering', 2, 2, 'Not in care', 'Residential', 'S', 'E3'],
    ['X', '2023-12-01', '2024-01-10', 'Residential', 2, 3, 'Fostering', 'Residential', 'P', 'Age'],
    ['X', '2024-01-10', null, 'Residential', 3, 3, 'Residential', null, 'Age', null],
    // Y turns 16 on 2023-05-05, inside the (trimmed) foster episode.
    ['Y', '2023-05-01', '2023-05-05', 'Fostering', 3, 4, 'Not in care', 'Fostering', 'S', 'Age'],
    ['Y', '2023-05-05', '2023-07-01', 'Fostering', 4, 4, 'Fostering', 'Supported', 'Age', 'E11'],
    ['Y', '2023-07-01', null, 'Supported', 4, 4, 'Fostering', null, 'P', null],
  ]);
  assert.equal(fromDayNumber(c.dataStart), '2022-04-01');
  assert.equal(fromDayNumber(c.dataEnd), '2024-03-31');
  assert.deepEqual(c.notes, [
    '1 episode with no usable DECOM, DEC or date of birth dropped.',
    '1 episode ending before the day it began (DEC before DECOM) dropped.',
    '1 duplicate episode (same child and DECOM, or same child and DEC) removed.',
    "1 episode left open or overlapping the next ended at the next one's DECOM.",
    '1 episode that changed only legal or placement status (RNE L, T or U) merged into the episode before.',
    '2 episodes split at a birthday that moves the child to the next age bracket.',
  ]);
});

test('the UASC filter keeps only or leaves out children with a UASC row', () => {
  assert.deepEqual(pieces(data, { uasc: 'only' }).rows.map((r) => r[0]), ['Y', 'Y', 'Y']);
  assert.deepEqual(new Set(pieces(data, { uasc: 'exclude' }).rows.map((r) => r[0])), new Set(['X']));
});

test('with provision modelled, the category carries in-house or external', () => {
  const c = pieces({ ...data, episodes: [episode('X', '2023-06-01', 'U4', null, { PLACE_PROVIDER: 'PR4' })] }, { withProvision: true });
  assert.equal(c.rows[0]![3], 'Fostering (External)');
});

test('nothing usable: a plain error', () => {
  const c = cleanEpisodes({ episodes: [episode('Q', null, 'U4', null)], header: [], uasc: [] });
  assert.ok('error' in c);
  assert.match(c.error, /no episode has a child, a start date/);
});
