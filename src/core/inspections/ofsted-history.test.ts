import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { historyRows, providerRows } from '../../../scripts/generate-ofsted-history.ts';
import { reference } from '../../testing/shared-reference.ts';
import { council } from '../benchmarks/benchmark.ts';
import { OFSTED_HISTORY, OFSTED_PROVIDERS } from './ofsted-history.ts';
import { overallGrade } from './timeline.ts';

const csvPath = reference('ofsted', 'ilacs_sif_judgements_history.csv');

describe('the Ofsted judgement history shipped with Sightline', () => {
  it('is the shared history exactly, when ../shared is there to compare with', { skip: existsSync(csvPath) ? false : 'no ../shared/reference/ofsted beside the repository' }, () => {
    const csv = readFileSync(csvPath, 'utf8');
    assert.deepEqual(OFSTED_HISTORY, historyRows(csv), 'regenerate with node scripts/generate-ofsted-history.ts');
    assert.deepEqual(Object.entries(OFSTED_PROVIDERS).map(([la, p]) => ({ la, ...p })), providerRows(csv));
  });

  it('holds 479 inspections of 153 councils: 167 SIF and 312 ILACS, 53 of them unverified', () => {
    assert.equal(OFSTED_HISTORY.length, 479);
    assert.equal(new Set(OFSTED_HISTORY.map((p) => p.la)).size, 153);
    assert.equal(OFSTED_HISTORY.filter((p) => p.framework === 'SIF').length, 167);
    assert.equal(OFSTED_HISTORY.filter((p) => !p.verified).length, 53);
    assert.ok(OFSTED_HISTORY.filter((p) => !p.verified).every((p) => p.sourceRef.startsWith('https://files.ofsted.gov.uk/')));
  });

  it('keeps the published ILACS overall grades as the design notes count them', () => {
    const ilacs = OFSTED_HISTORY.filter((p) => p.framework === 'ILACS');
    const count = (g: string | null) => ilacs.filter((p) => overallGrade(p.judgements) === g).length;
    assert.deepEqual([count('good'), count('requires improvement'), count('outstanding'), count('inadequate'), count(null)], [127, 78, 71, 34, 2]);
  });

  it('has Middlesbrough (806) inadequate in the ILACS published in 2020 and requires improvement in 2023', () => {
    const mine = OFSTED_HISTORY.filter((p) => p.la === '806');
    assert.deepEqual(mine.map((p) => [p.framework, p.published.slice(0, 4), overallGrade(p.judgements)]), [
      ['SIF', '2016', 'requires improvement'],
      ['ILACS', '2020', 'inadequate'],
      ['ILACS', '2023', 'requires improvement'],
    ]);
    assert.equal(mine[1]!.careLeaversCombined, true, 'before January 2023 care leavers were judged with children in care');
    assert.equal(mine[1]!.judgements.some((j) => j.type === 'care-leavers'), false);
    assert.equal(mine[2]!.judgements.find((j) => j.type === 'care-leavers')?.grade, 'requires improvement');
    assert.equal(OFSTED_PROVIDERS['806']?.urn, '80523');
  });

  it('judges care leavers separately only in ILACS inspections from January 2023, and names each council the lookup knows', () => {
    for (const p of OFSTED_HISTORY) {
      if (p.framework === 'ILACS') assert.equal(p.careLeaversCombined, p.start < '2023-01-01', `${p.la} ${p.start}`);
      if (p.careLeaversCombined) assert.ok(!p.judgements.some((j) => j.type === 'care-leavers'), `${p.la} ${p.start}`);
      assert.ok(council(p.la), p.la);
      assert.ok(p.end === null || p.end >= p.start);
    }
  });
});
