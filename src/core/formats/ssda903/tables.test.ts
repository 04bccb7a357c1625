import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { inReturn, layouts903, tableNames903 } from './tables.ts';
import { reference } from '../../../testing/shared-reference.ts';

const fakeData = reference('samples/csc-validator-be-903/tests/fake_data');
const headerOf = (file: string) => readFileSync(`${fakeData}/${file}`, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',');

describe('SSDA903 table layouts', () => {
  it('list the columns in the DfE order of the validator sample files', () => {
    const samples: Record<string, string> = {
      header: 'header.csv', episodes: 'episodes.csv', reviews: 'reviews.csv', uasc: 'uasc.csv', oc2: 'oc2.csv', oc3: 'oc3.csv', ad1: 'ad1.csv',
      placed_for_adoption: 'placed_for_adoption.csv', previous_permanence: 'previous_permanence.csv', missing: 'missing.csv',
      social_worker: 'sw_episodes.csv', dolo: 'DoLo.csv',
    };
    for (const table of tableNames903) assert.deepEqual(layouts903[table].columns.map((c) => c.name), headerOf(samples[table]!), table);
  });

  it('use the DfE file names', () => {
    assert.deepEqual(tableNames903.map((t) => layouts903[t].fileName), [
      'header.csv', 'episodes.csv', 'reviews.csv', 'uasc.csv', 'oc2.csv', 'oc3.csv', 'ad1.csv', 'placed_for_adoption.csv',
      'previous_permanence.csv', 'missing.csv', 'sw_episodes.csv', 'dolo.csv',
    ]);
  });

  it('add social worker episodes in 2023/24 and DoLo periods in 2026/27', () => {
    assert.equal(inReturn(layouts903.social_worker, 2023), false);
    assert.equal(inReturn(layouts903.social_worker, 2024), true);
    assert.equal(inReturn(layouts903.dolo, 2026), false);
    assert.equal(inReturn(layouts903.dolo, 2027), true);
    assert.equal(inReturn(layouts903.episodes, 2017), true);
  });

  it('give every code column a code list, and only code columns', () => {
    for (const table of tableNames903) {
      for (const c of layouts903[table].columns) assert.equal(c.codes !== undefined, c.kind === 'code', `${table}.${c.name}`);
    }
  });
});
