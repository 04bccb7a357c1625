// Ofsted Annex A for a generated council (default 10,000 children, 2021–2026): its journeys are built in
// memory first (not timed), then timed: every chronology, the lists as of the date, and the workbook's
// bytes (target ≤ 3 s); then reading those bytes back (target ≤ 3 s). Arguments: [children].
import { buildChronology } from '../../src/core/chronology/chronology.ts';
import { JourneyCollector } from '../../src/core/chronology/journeys.ts';
import { produceAnnexA } from '../../src/core/formats/annex-a/produce-annex-a.ts';
import { readAnnexA } from '../../src/core/formats/annex-a/read-annex-a.ts';
import { writeAnnexA } from '../../src/core/formats/annex-a/write-annex-a.ts';
import { collectionYear } from '../../src/core/model/collection-year.ts';
import { generateChildren } from '../../src/core/synthetic/council.ts';
import { report } from '../measure.ts';

const size = Number(process.argv[2] ?? 10_000);
const collector = new JourneyCollector('806');
for (const child of generateChildren({ children: size, firstYear: 2021, lastYear: 2026, seed: 1, la: '806' })) {
  for (const [year, record] of child.cin) collector.addCinChild(record, collectionYear(year));
  for (const [year, rows] of child.ssda903) collector.add903(rows, collectionYear(year));
}
const journeys = [...collector.journeys()];

const t0 = performance.now();
const book = produceAnnexA(journeys.map(buildChronology), '2026-01-31');
const bytes = writeAnnexA(book);
const t1 = performance.now();
const back = readAnnexA(bytes, 'annex-a.xlsx');
const t2 = performance.now();

const rows = Object.values(book.lists).reduce((n, l) => n + l.length, 0);
const readRows = Object.values(back.lists).reduce((n, l) => n + l.length, 0);
if (readRows !== rows) throw new Error(`read ${readRows} rows of the ${rows} written`);
report(t1 - t0, { children: journeys.length, rows, bytes: bytes.length, readMs: Math.round(t2 - t1) });
