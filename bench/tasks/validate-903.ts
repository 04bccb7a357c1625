// Reads a folder of SSDA903 CSV tables (optionally last year's too, with --previous DIR) and validates it, timing the read and the validation apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { read903 } from '../../src/core/formats/ssda903/index.ts';
import type { Ssda903Return } from '../../src/core/model/ssda903.ts';
import { validate903Return } from '../../src/core/validation/ssda903-validator.ts';
import { report } from '../measure.ts';

function readFolder(dir: string): Ssda903Return {
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => ({ name: join(dir, f), content: new Uint8Array(readFileSync(join(dir, f))) }));
  const { return: ret, problems } = read903(files);
  if (!ret) throw new Error(`${dir} holds no SSDA903 return: ${problems.map((p) => p.message).join('; ')}`);
  return ret;
}

const dir = process.argv[2]!;
const previousAt = process.argv.indexOf('--previous');
const start = performance.now();
const current = readFolder(dir);
const previous = previousAt > 0 ? readFolder(process.argv[previousAt + 1]!) : undefined;
const read = performance.now();
const result = validate903Return(current, previous ? { previous } : {});
const end = performance.now();
report(end - start, {
  readMs: Math.round(read - start),
  validateMs: Math.round(end - read),
  children: result.counts.records,
  findings: result.findings.length,
});
