import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { reference } from '../../testing/shared-reference.ts';
import { readCinCensus } from '../formats/cin/index.ts';
import { validateCinCensus } from './cin-validator.ts';
import { assertGolden, goldenOf } from '../../testing/golden.ts';

/*
 * Every CIN sample in ../shared/reference/samples, validated with every rule of its year; the per-rule
 * counts are golden files in goldens/cin/ (UPDATE_GOLDENS=1 rewrites them; review the diff).
 *
 * Reviewed by hand against CIN_Census_2024.xml (census 2023/24: 1 April 2023 to 31 March 2024) and the DfE
 * rule text; the test below pins these findings cell by cell:
 * - 1103 (1): child_fails_assessments was referred on 2024-10-24 (line 87) but its assessment started on
 *   2023-12-25 (line 93). DfEX0000001's assessment (2028-04-28) starts after its referral: no finding.
 * - 8620 (2): closure dates 2023-02-27 (line 38) and 2024-10-29 (line 90) both fall outside the census year.
 * - 8565 (2): DfEX0000001's case closed 2023-02-27; its assessment started 2028-04-28 (line 42) and its CP
 *   plan ended 2023-03-14 (line 63), both after closure. Its CIN plan end (2023-01-26) and review
 *   (2023-02-15) are before closure: no finding.
 * - 4180 (2): both children give <Sex>, which 2023/24 does not have, and no <GenderCurrent>.
 * - 1530 (1): UPN A123456789123 has characters 2–4 "123", no local authority's number.
 * - 8600 (1): the referral of 2024-10-24 is after the reference date 2024-03-31.
 */
const samples = reference('samples/csc-validator-be-cin/fake_data');
const goldens = join(import.meta.dirname, 'goldens/cin');

async function validate(name: string) {
  const { census, problems } = await readCinCensus(new Uint8Array(readFileSync(join(samples, name))), { file: name });
  assert.ok(census, `${name} could be read (${problems.length} problems)`);
  return validateCinCensus(census);
}

it('finds what a person finds by hand in CIN_Census_2024.xml', async () => {
  const report = await validate('CIN_Census_2024.xml');
  const cells = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => `${f.child} ${f.field}=${f.value}@${f.line}`);
  assert.deepEqual(cells('1103'), ['child_fails_assessments AssessmentActualStartDate=2023-12-25@93']);
  assert.deepEqual(cells('8620'), ['DfEX0000001 CINclosureDate=2023-02-27@38', 'child_fails_assessments CINclosureDate=2024-10-29@90']);
  assert.deepEqual(cells('8565'), ['DfEX0000001 AssessmentActualStartDate=2028-04-28@42', 'DfEX0000001 CPPendDate=2023-03-14@63']);
  assert.deepEqual(cells('4180'), ['DfEX0000001 GenderCurrent=null@19', 'child_fails_assessments GenderCurrent=null@74']);
  assert.deepEqual(cells('1530'), ['DfEX0000001 UPN=A123456789123@21']);
  assert.deepEqual(cells('8600'), ['child_fails_assessments CINreferralDate=2024-10-24@87']);
  assert.equal(report.findings.find((f) => f.rule === '1103')!.related[0]!.value, '2024-10-24');
});

describe('CIN validation of the DfE samples (golden per-rule counts)', () => {
  for (const name of readdirSync(samples).filter((f) => f.endsWith('.xml')).sort()) {
    it(name, async () => {
      assertGolden(goldenOf(await validate(name)), join(goldens, name.replace(/\.xml$/, '.json')));
    });
  }
});
