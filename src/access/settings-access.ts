import { COUNCILS } from '../core/benchmarks/councils.ts';
import { rateBasis } from '../core/indicators/population.ts';
import { readSetting, writeSetting } from '../store/council-settings.ts';
import type { Database } from '../store/database.ts';
import { today, type ActorGuard } from './actor-guard.ts';
import { Rejected } from './errors.ts';
import { POPULATION_ENTERED_BY, POPULATION_SETTING, populationOf, type PopulationSetting } from './population-setting.ts';
import type { PopulationSettingView } from './settings-views.ts';

/** The largest 0–17 population taken: well above any English council's (the largest is under 400,000). */
export const MAX_POPULATION = 2_000_000;
/** The earliest year a population estimate may be for. */
const FIRST_YEAR = 2000;

/**
 * The council's own settings, changed only by the roles allowed to ('manage-council-settings'); each change
 * records who made it and when, and is audited with the value before and after.
 */
export interface SettingsAccess {
  /** The council's 0–17 population as entered (null until then), with who set it last. */
  population(): Promise<PopulationSettingView>;
  /** Sets the council's 0–17 population with its source and year; audited. Rates per 10,000 use it from the next request. */
  setPopulation(input: PopulationSetting): Promise<PopulationSettingView>;
}

export function settingsAccess(db: Database, guard: ActorGuard): SettingsAccess {
  const { actor, scope, audit } = guard;
  const view = async (): Promise<PopulationSettingView> => {
    const stored = await readSetting<PopulationSetting>(db, actor.la, POPULATION_SETTING);
    return {
      la: actor.la,
      current: stored && {
        ...stored.value, basis: rateBasis(populationOf(stored.value), POPULATION_ENTERED_BY), updatedBy: stored.updatedBy, updatedAt: stored.updatedAt,
      },
      population0to25: COUNCILS.find((c) => c.la === actor.la)?.population0to25 ?? null,
    };
  };

  return {
    async population() {
      scope('manage-council-settings');
      return view();
    },

    async setPopulation(input) {
      scope('manage-council-settings');
      const value = checkedPopulation(input);
      await db.transaction(async (tx) => {
        const before = await readSetting<PopulationSetting>(tx, actor.la, POPULATION_SETTING);
        await writeSetting(tx, actor.la, POPULATION_SETTING, value, actor.username);
        await audit(tx, 'change-council-setting', POPULATION_SETTING, null, { from: before?.value ?? null, to: value });
      });
      return view();
    },
  };
}

/** The population as stored, or Rejected naming the field and the value at fault. */
function checkedPopulation(input: PopulationSetting): PopulationSetting {
  const problems: string[] = [];
  if (!Number.isInteger(input.population) || input.population < 1 || input.population > MAX_POPULATION) {
    problems.push(`The population must be a whole number from 1 to ${MAX_POPULATION.toLocaleString('en-GB')}, not ${input.population}.`);
  }
  const source = input.source.trim();
  if (source === '' || source.length > 200) problems.push('The source must say where the figure comes from, in at most 200 characters (e.g. ONS mid-2024 population estimates).');
  const thisYear = Number(today().slice(0, 4));
  if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > thisYear) problems.push(`The year must be from ${FIRST_YEAR} to ${thisYear}, not ${input.year}.`);
  if (problems.length) throw new Rejected(problems.join(' '), { problems });
  return { population: input.population, source, year: input.year };
}
