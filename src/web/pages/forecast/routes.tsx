import type { PageRoutes } from '../../routing/page.ts';
import { match } from '../../routing/router.tsx';
import { ForecastPage } from './forecast-page.tsx';
import { ScenarioEditor } from './scenario-editor.tsx';

/** The forecast (base, or a scenario with ?scenario=ID), creating a scenario, and changing one. */
export const forecastPages: PageRoutes = (path, search) => {
  if (path === '/forecast') {
    const scenario = Number(search.get('scenario'));
    const id = Number.isInteger(scenario) && scenario > 0 ? scenario : null;
    return { title: 'Care population and spend forecast', body: <ForecastPage key={search.toString()} scenarioId={id} saved={search.get('saved') === '1'} /> };
  }
  if (path === '/forecast/scenarios/new') return { title: 'Create a forecast scenario', body: <ScenarioEditor key="new" id={null} /> };
  const one = match('/forecast/scenarios/:id', path);
  if (one && /^\d+$/.test(one.id!)) return { title: 'Change a forecast scenario', body: <ScenarioEditor key={one.id} id={Number(one.id)} /> };
  return null;
};
