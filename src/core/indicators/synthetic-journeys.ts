import { buildChronology } from '../chronology/chronology.ts';
import { JourneyCollector } from '../chronology/journeys.ts';
import { collectionYear } from '../model/collection-year.ts';
import { generateChildren, type CouncilOptions } from '../synthetic/council.ts';
import { childFacts, disabilitiesOf, type ChildFacts } from './child-facts.ts';

/**
 * A generated council's children straight from the generator, as the returns would give them, without
 * writing files: for the calibration test and the benchmark.
 */
export function syntheticCouncilFacts(options: CouncilOptions): ChildFacts[] {
  const collector = new JourneyCollector(options.la);
  for (const child of generateChildren(options)) {
    for (const [year, record] of child.cin) collector.addCinChild(record, collectionYear(year));
    for (const [year, rows] of child.ssda903) collector.add903(rows, collectionYear(year));
  }
  return [...collector.journeys()].map((j) => childFacts(buildChronology(j), disabilitiesOf(j)));
}
