import type { Population } from './indicator.ts';

/**
 * What a rate per 10,000 is a rate of, in words a reader can check: the population's size, where it comes
 * from and its year, and who gave it (e.g. "per 10,000 of the 33,000 children aged 0–17 (ONS mid-2024,
 * entered by the council)"). The year is added only when the source does not already name it.
 */
export function rateBasis(population: Population, enteredBy: string): string {
  const year = population.year !== undefined && !population.source.includes(String(population.year)) ? `, ${population.year}` : '';
  return `per 10,000 of the ${population.count.toLocaleString('en-GB')} children aged 0–17 (${population.source}${year}, ${enteredBy})`;
}
