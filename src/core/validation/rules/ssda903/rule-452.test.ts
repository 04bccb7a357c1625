import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-452.ts';
import { cellsOf, check, episode, header, run } from './test-helpers.ts';
import { postcodesForTests as postcodes } from './reference-data.test-support.ts';

const open = (PL_POST: string) => episode({ DECOM: '2023-02-01', PL_POST });

describe('rule 452', () => {
  it('passes the same episode placed in the same council both years, and a new episode in another', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [open('AB2 3EF')] }, { postcodes, previous: { episodes: [open('AB1 2CD')] } }), []);
    const moved = episode({ DECOM: '2023-06-01', RNE: 'P', PL_POST: 'CD4 5GH' });
    assert.deepEqual(check(rule, { header: [header()], episodes: [moved] }, { postcodes, previous: { episodes: [open('AB2 3EF')] } }), []);
  });
  it('flags the same episode in another council this year', () => {
    const findings = check(rule, { header: [header()], episodes: [open('CD4 5GH')] }, { postcodes, previous: { episodes: [episode({ DECOM: '2022-05-01', DEC: '2023-02-01', REC: 'X1' }), open('AB2 3EF')] } });
    assert.deepEqual(cellsOf(findings), ['Episodes.PL_POST=CD4 5GH']);
    assert.equal(findings[0]!.related[0]!.table, 'Episodes (previous year)');
  });
  it('is skipped without last year’s return', () => {
    assert.equal(run(rule, { episodes: [open('AB2 3EF')] }, { postcodes }).outcome.status, 'skipped');
  });
});
