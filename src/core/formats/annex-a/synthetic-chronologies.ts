import { buildChronology, type Chronology } from '../../chronology/chronology.ts';
import { JourneyCollector } from '../../chronology/journeys.ts';
import { collectionYear } from '../../model/collection-year.ts';
import { generateChildren, type CouncilOptions } from '../../synthetic/council.ts';

/** A generated council's chronologies straight from the generator, for the Annex A tests and benchmark. */
export function syntheticChronologies(options: CouncilOptions): Chronology[] {
  const collector = new JourneyCollector(options.la);
  for (const child of generateChildren(options)) {
    for (const [year, record] of child.cin) collector.addCinChild(record, collectionYear(year));
    for (const [year, rows] of child.ssda903) collector.add903(rows, collectionYear(year));
  }
  return [...collector.journeys()].map(buildChronology);
}
