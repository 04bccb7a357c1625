import type { Population } from '../core/indicators/indicator.ts';

/**
 * The council's 0–17 population as it enters it (council setting 'population-0-17'): the divisor of every
 * rate per 10,000. The reference data holds only 0–25 populations, so the council gives the figure the
 * DfE's rates use, with its source and year, and every rate says which one it used.
 */
export const POPULATION_SETTING = 'population-0-17';

export interface PopulationSetting {
  readonly population: number;
  readonly source: string;
  readonly year: number;
}

/** Who gave the population, as each rate says it. */
export const POPULATION_ENTERED_BY = 'entered by the council';

/** The setting as the indicators take it. */
export function populationOf(setting: PopulationSetting): Population {
  return { count: setting.population, source: setting.source, year: setting.year };
}
