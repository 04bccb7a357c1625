// Reads a CIN census file child by child, as `sightline inspect` does, and reports time and peak memory.
import { createReadStream } from 'node:fs';
import { readCin } from '../../src/core/formats/cin/index.ts';
import { countCinChild, emptyCinCounts } from '../../src/core/formats/summary.ts';
import { report } from '../measure.ts';

const file = process.argv[2]!;
const counts = emptyCinCounts();
const start = performance.now();
const result = await readCin(createReadStream(file), { file, onChild: (c) => countCinChild(counts, c) });
report(performance.now() - start, { children: counts.children, problems: result.problems.length });
