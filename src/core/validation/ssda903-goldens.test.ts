import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { reference } from '../../testing/shared-reference.ts';
import { read903 } from '../formats/ssda903/index.ts';
import type { CollectionYear } from '../model/collection-year.ts';
import type { Ssda903Return } from '../model/ssda903.ts';
import { assertGolden, goldenOf } from '../../testing/golden.ts';
import { validate903Return } from './ssda903-validator.ts';

/*
 * Golden per-rule results of the SSDA903 validator: each rule's status and number of findings on (a) the
 * DfE validator's sample return (csc-validator-be-903 tests/fake_data, CSV tables, read as 2024/25 and as
 * 2026/27 for the DoLo table) and (b) each year of the synthetic medium council (2019/20 to 2023/24, each
 * with the year before as last year's return where there is one; Sightline has rules from 2022/23, so the
 * earlier years record that every rule is skipped). A change in any rule's behaviour shows as a diff in
 * goldens/ssda903/*.json. Regenerate deliberately and review the diff:
 *
 *   UPDATE_GOLDENS=1 node --test src/core/validation/ssda903-goldens.test.ts
 *
 * Findings checked by hand against the CSV rows and the DfE rule text (medium council 2023/24, previous 2022/23):
 * - 393 (200 findings), child 137809: header.csv line 7 SEX 2, DOB 12/12/2009 (14 at 31 March 2024), MOTHER
 *   blank; episode line 11 LS E1, not a short break: a looked-after girl of 12 or over without MOTHER. Right.
 * - 214 (504), child 422670: episodes line 2 LS V4 (short breaks) with PL_POST J27 8XJ and URN 2340105 given;
 *   the DfE says placement location is not required under V3/V4, and both cells are reported. Right.
 * - 222 (183), child 441554: episodes line 20 PLACE P1 (placed with parents) with URN 8433706; a placement
 *   with parents has no Ofsted URN. Right.
 * - 601 (168), child 557987: episodes line 24 REC E12 (adopted), DEC 10/09/2023 in the year, and no row in
 *   ad1.csv: the six AD1 items are reported as absent cells with the REC as related. Right.
 * - 1001 (14), child 229103: OC3 line 6 filled in (RHOM, G5, Z1), DOB 12/02/2006; both years' episodes
 *   (19/10/2021 to 18/01/2024) are under V4, agreed short breaks, which do not make a relevant child, so care
 *   leaver information should not be there. Right.
 * - 384 (84), child 242897: episodes line 13 PLACE U4 (long-term foster placement) with LS V3 (respite). Right.
 * - 101 on the sample read as 2024/25 (2,675 = every child): header.csv SEX is coded 1/2, but from 2024/25 the
 *   DfE's codes are M/F/U. Right, and why the sample is also read as 2026/27 only for its DoLo table.
 */

/** One year's CSV tables from a folder; `skip` leaves out files that are not part of the return. */
function readFolder(dir: string, year: CollectionYear, skip: readonly string[] = []): Ssda903Return {
  const names = readdirSync(dir).filter((f) => f.endsWith('.csv') && !skip.includes(f)).sort();
  const { return: ret, problems } = read903(names.map((f) => ({ name: join(dir, f), content: new Uint8Array(readFileSync(join(dir, f))) })), { year });
  if (!ret) throw new Error(`${dir}: ${problems.map((p) => p.message).join('; ')}`);
  return ret;
}

const goldens = join(import.meta.dirname, 'goldens/ssda903');

describe('SSDA903 golden per-rule results', () => {
  const sample = reference('samples/csc-validator-be-903/tests/fake_data');
  for (const year of ['2024/25', '2026/27'] as const) {
    it(`on the DfE validator's sample return read as ${year}`, () => {
      // placed_for_adoption_errors.csv is a second copy of the table with deliberate errors, for the sample's own tests.
      const report = validate903Return(readFolder(sample, year, ['placed_for_adoption_errors.csv']));
      assertGolden(goldenOf(report), join(goldens, `fake-data-${year.replace('/', '-')}.json`));
    });
  }

  const council = reference('synthetic/medium-la-903/per-year');
  const endYears = readdirSync(council).map(Number).sort();
  for (const endYear of endYears) {
    const year = (y: number) => `${y - 1}/${String(y).slice(2)}` as CollectionYear;
    it(`on the synthetic medium council's ${year(endYear)} return`, () => {
      const previous = endYears.includes(endYear - 1) ? readFolder(join(council, String(endYear - 1)), year(endYear - 1)) : undefined;
      const report = validate903Return(readFolder(join(council, String(endYear)), year(endYear)), previous ? { previous } : {});
      assertGolden(goldenOf(report), join(goldens, `medium-la-${endYear}.json`));
    });
  }
});
