import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-453.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';
import { postcodesForTests as postcodes } from './reference-data.test-support.ts';

const open = (HOME_POST: string, PL_POST: string) => episode({ DECOM: '2023-02-01', HOME_POST, PL_POST });

describe('rule 453', () => {
  it('passes the same distance both years, even with the postcodes swapped', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [open('AB2 3EF', 'AB1 2CD')] }, { postcodes, previous: { episodes: [open('AB1 2CD', 'AB2 3EF')] } }), []);
  });
  it('flags another distance for the same episode', () => {
    assert.deepEqual(
      cellsOf(check(rule, { header: [header()], episodes: [open('AB1 2CD', 'CD4 5GH')] }, { postcodes, previous: { episodes: [open('AB1 2CD', 'AB2 3EF')] } })),
      ['Episodes.PL_POST=CD4 5GH'],
    );
  });
});
