// Reads and validates a CIN census as `sightline validate cin` does (streaming, every rule of its year):
// wall time, the part spent reading alone, findings and peak memory.
import { createReadStream } from 'node:fs';
import { readCin } from '../../src/core/formats/cin/index.ts';
import { createCinValidator, type CinValidator } from '../../src/core/validation/cin-validator.ts';
import { report } from '../measure.ts';

const file = process.argv[2]!;
const start = performance.now();
let validator: CinValidator | null = null;
let validating = 0;
const read = await readCin(createReadStream(file), {
  file,
  onHeader: (header, year) => {
    if (year) validator = createCinValidator({ year, header });
  },
  onChild: (child) => {
    const t = performance.now();
    validator!.child(child);
    validating += performance.now() - t;
  },
});
const t = performance.now();
const result = (validator as CinValidator | null)!.finish(read.header);
validating += performance.now() - t;
report(performance.now() - start, { validatingMs: Math.round(validating), children: result.counts.records, findings: result.findings.length, ran: result.counts.ran });
