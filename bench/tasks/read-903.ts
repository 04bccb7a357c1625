// Reads a folder of SSDA903 CSV tables into the model, and (with --parse-only) only parses the CSV, the baseline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { read903 } from '../../src/core/formats/ssda903/index.ts';
import { report } from '../measure.ts';

const dir = process.argv[2]!;
const parseOnly = process.argv.includes('--parse-only');
const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => ({ name: join(dir, f), content: readFileSync(join(dir, f)) }));
const start = performance.now();
if (parseOnly) {
  let rows = 0;
  for (const f of files) rows += Papa.parse<string[]>(new TextDecoder().decode(f.content), { skipEmptyLines: true }).data.length;
  report(performance.now() - start, { rows });
} else {
  const { return: ret, problems } = read903(files.map((f) => ({ name: f.name, content: new Uint8Array(f.content) })));
  report(performance.now() - start, { episodes: ret?.tables.episodes.length ?? 0, children: ret?.tables.header.length ?? 0, problems: problems.length });
}
