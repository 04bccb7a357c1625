import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import fc from 'fast-check';
import { reference } from '../../testing/shared-reference.ts';
import { readCin } from '../formats/cin/index.ts';
import { createCinValidator, type CinValidator } from './cin-validator.ts';

// Damaged files must never crash or hang the validator: whatever the reader can take is validated, every
// rule still reports an outcome, and the rest is a reading problem.
const sample = readFileSync(reference('samples/csc-validator-be-cin/fake_data/CIN_Census_2024.xml'), 'utf8');

const damage = fc.oneof(
  fc.record({ at: fc.nat(sample.length - 1), text: fc.string({ maxLength: 12 }) }).map(({ at, text }) => sample.slice(0, at) + text + sample.slice(at + 1)),
  fc.nat(sample.length - 1).map((at) => sample.slice(0, at)),
  fc.tuple(fc.nat(sample.length - 1), fc.nat(200)).map(([at, n]) => sample.slice(0, at) + sample.slice(at + n)),
  fc.constantFrom('2024-13-45', '31/03/2024', '2024-3-1', 'yesterday', '').chain((date) =>
    fc.constant(sample.replace(/<CINreferralDate>[^<]*<\/CINreferralDate>/, `<CINreferralDate>${date}</CINreferralDate>`)),
  ),
);

it('validates whatever a damaged census lets it read, and never throws', async () => {
  await fc.assert(
    fc.asyncProperty(damage, async (text) => {
      let validator: CinValidator | null = null;
      const read = await readCin(text, {
        onHeader: (header, year) => {
          if (year) validator = createCinValidator({ year, header });
        },
        onChild: (child) => validator?.child(child),
      });
      const started = validator as CinValidator | null;
      if (!started) return read.problems.length > 0 || read.unreadable;
      const report = started.finish(read.header);
      assert.equal(new Set(report.outcomes.map((o) => o.code)).size, 109);
      assert.ok(report.outcomes.every((o) => o.status !== 'failed'), JSON.stringify(report.outcomes.filter((o) => o.status === 'failed')));
      return true;
    }),
    { numRuns: 200 },
  );
});
