import type { FastifyInstance } from 'fastify';
import { MAX_MONTHS } from '../../core/forecast/forecast.ts';
import { MOST_SEED, SIMULATION_RUNS, SIMULATION_SEED, type BandAsked } from '../../core/forecast/simulated-band.ts';
import { accessOf } from './auth.ts';
import { nullable, problems } from './schemas.ts';

/**
 * The care population and placement spend forecast: the base and saved scenarios, side by side, with the
 * backtest beside every forecast; the scenarios themselves; CSV and xlsx downloads. Numbers only.
 * Schemas check the shape of what is sent; what the values mean (a horizon over 4 years, a negative
 * cost, a window with no data, a state the data lacks) is the forecast's to judge: 422 with every problem named.
 */
const date = { type: 'string', format: 'date' } as const;
const numbers = { type: 'array', items: { type: 'number' } } as const;
const maybeNumbers = { type: 'array', items: { type: ['number', 'null'] } } as const;
const strings = { type: 'array', items: { type: 'string' } } as const;
const name = { type: 'string', minLength: 1, maxLength: 100 } as const;
const byItem = { type: 'object', additionalProperties: { type: 'number' } } as const;
const change = {
  type: 'object',
  description: 'scale the figure ({"multiply": 1.5}) or add to it ({"add": -0.001})',
  properties: { multiply: { type: 'number' }, add: { type: 'number' } },
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
} as const;

const settings = {
  type: 'object',
  description: 'what a scenario changes; everything left out takes the base forecast\'s default',
  properties: {
    reference: { type: ['object', 'null'], description: 'window the rates are fitted on (null: all the data)', properties: { from: date, to: date }, required: ['from', 'to'], additionalProperties: false },
    start: { type: ['string', 'null'], format: 'date', description: 'forecast start (null: the end of the data)' },
    months: { type: 'integer', description: `horizon, 1 to ${MAX_MONTHS} months` },
    provision: { type: 'boolean', description: 'model in-house and external provision as separate placement categories' },
    uasc: { type: 'string', enum: ['all', 'only', 'exclude'] },
    rates: {
      type: 'array',
      maxItems: 500,
      items: { type: 'object', properties: { from: name, to: name, change }, required: ['from', 'to', 'change'], additionalProperties: false },
    },
    entries: { type: 'array', maxItems: 200, items: { type: 'object', properties: { to: name, change }, required: ['to', 'change'], additionalProperties: false } },
    moves: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        description: 'move a share of the children of one category to another, e.g. from "Residential (External)" to "Residential (In-house)"',
        properties: { from: name, to: name, share: { type: 'number', description: '0 to 1' }, of: { type: 'string', enum: ['start', 'entries', 'both'] } },
        required: ['from', 'to', 'share', 'of'],
        additionalProperties: false,
      },
    },
    costs: {
      type: 'object',
      properties: {
        weekly: { ...byItem, description: 'local weekly costs in pounds by cost item' },
        shares: { ...byItem, description: 'provider shares (0 to 1) by cost item, within its category' },
        inflation: { type: ['number', 'null'], description: 'yearly, 0.1 = 10 %; null: none' },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

const storedSettings = {
  ...settings,
  required: ['reference', 'start', 'months', 'provision', 'uasc', 'rates', 'entries', 'moves', 'costs'],
  properties: { ...settings.properties, costs: { ...settings.properties.costs, required: ['weekly', 'shares', 'inflation'] } },
} as const;

const bandPoint = { type: 'object', properties: { date, mean: numbers, lower: numbers, upper: numbers }, required: ['date', 'mean', 'lower', 'upper'] } as const;
const simulatedBand = {
  type: ['object', 'null'],
  description: 'the likely range from simulated runs, on the dates of forecast (null unless band=simulated was asked for)',
  properties: {
    runs: { type: 'integer' },
    seed: { type: 'integer' },
    coverage: { type: 'number', description: 'the share of runs inside the range: 0.95, the 2.5th to the 97.5th percentile' },
    forecast: { type: 'array', items: { type: 'object', properties: { date, lower: numbers, median: numbers, upper: numbers }, required: ['date', 'lower', 'median', 'upper'] } },
  },
  required: ['runs', 'seed', 'coverage', 'forecast'],
} as const;
const quarterCost = { type: 'object', properties: { quarter: { type: 'string' }, total: { type: 'number' }, byItem: numbers }, required: ['quarter', 'total', 'byItem'] } as const;
const window = nullable('object');
const scenarioRef = { type: ['object', 'null'], properties: { id: { type: 'integer' }, name: { type: 'string' } }, required: ['id', 'name'] } as const;

const forecastView = {
  type: 'object',
  description: 'a forecast in numbers only: weekly history and forecast by group (arrays in the order of groups), costs by quarter, the backtest',
  properties: {
    scenario: scenarioRef,
    settings: storedSettings,
    dataStart: date,
    dataEnd: date,
    reference: { type: 'object', properties: { from: date, to: date }, required: ['from', 'to'] },
    start: date,
    end: date,
    groups: strings,
    history: { type: 'array', items: { type: 'object', properties: { date, values: numbers }, required: ['date', 'values'] } },
    forecast: { type: 'array', items: bandPoint },
    simulated: simulatedBand,
    quarterly: { type: 'array', items: bandPoint },
    costs: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { item: { type: 'string' }, weekly: { type: 'number' }, placeholder: { type: 'boolean' }, source: { type: 'string' }, date: { type: 'string' }, yearOne: { type: 'number' } },
            required: ['item', 'weekly', 'placeholder', 'source', 'date', 'yearOne'],
          },
        },
        inflation: nullable('number'),
        yearOne: { type: 'number' },
        quarters: { type: 'array', items: quarterCost },
        history: { type: 'array', items: quarterCost },
      },
      required: ['items', 'inflation', 'yearOne', 'quarters', 'history'],
    },
    withoutChanges: {
      type: ['object', 'null'],
      properties: {
        yearOne: { type: 'number' },
        quarters: { type: 'array', items: { type: 'object', properties: { quarter: { type: 'string' }, children: { type: 'number' }, cost: { type: 'number' } }, required: ['quarter', 'children', 'cost'] } },
      },
      required: ['yearOne', 'quarters'],
    },
    rates: {
      type: 'array',
      items: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' }, rate: { type: 'number' }, used: { type: 'number' } }, required: ['from', 'to', 'rate', 'used'] },
    },
    entries: { type: 'array', items: { type: 'object', properties: { to: { type: 'string' }, perDay: { type: 'number' }, used: { type: 'number' } }, required: ['to', 'perDay', 'used'] } },
    backtest: {
      type: 'object',
      properties: {
        error: nullable('string'),
        reference: { ...window, properties: { from: date, to: date } },
        end: { type: ['string', 'null'], format: 'date' },
        months: { type: 'integer' },
        total: nullable('number'),
        groups: {
          type: 'array',
          items: {
            type: 'object',
            properties: { group: { type: 'string' }, mape: { type: 'number' }, days: { type: 'integer' }, forecastAtEnd: { type: 'number' }, actualAtEnd: { type: 'number' } },
            required: ['group', 'mape', 'days', 'forecastAtEnd', 'actualAtEnd'],
          },
        },
      },
      required: ['error', 'reference', 'end', 'months', 'total', 'groups'],
    },
    notes: strings,
  },
  required: ['scenario', 'settings', 'dataStart', 'dataEnd', 'reference', 'start', 'end', 'groups', 'history', 'forecast', 'simulated', 'quarterly', 'costs', 'withoutChanges', 'rates', 'entries', 'backtest', 'notes'],
} as const;

const comparisonView = {
  type: 'object',
  properties: {
    quarters: strings,
    columns: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          scenario: scenarioRef,
          error: nullable('string'),
          start: { type: ['string', 'null'], format: 'date' },
          end: { type: ['string', 'null'], format: 'date' },
          children: maybeNumbers,
          cost: maybeNumbers,
          childrenDifference: maybeNumbers,
          costDifference: maybeNumbers,
          yearOne: nullable('number'),
          yearOneDifference: nullable('number'),
          yearOneFromChanges: nullable('number'),
        },
        required: ['scenario', 'error', 'start', 'end', 'children', 'cost', 'childrenDifference', 'costDifference', 'yearOne', 'yearOneDifference', 'yearOneFromChanges'],
      },
    },
  },
  required: ['quarters', 'columns'],
} as const;

const scenarioProperties = {
  id: { type: 'integer' },
  name: { type: 'string' },
  description: { type: 'string' },
  settings: { ...storedSettings, type: ['object', 'null'], description: 'null when what is stored no longer reads as settings' },
  version: { type: 'integer' },
  createdBy: { type: 'string' },
  createdAt: { type: 'string', format: 'date-time' },
  updatedBy: { type: 'string' },
  updatedAt: { type: 'string', format: 'date-time' },
} as const;
const scenarioRequired = ['id', 'name', 'description', 'settings', 'version', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt'];
const scenarioView = { type: 'object', properties: scenarioProperties, required: scenarioRequired } as const;
const scenarioDetail = {
  type: 'object',
  properties: {
    ...scenarioProperties,
    history: {
      type: 'array',
      description: 'every version saved, oldest first',
      items: {
        type: 'object',
        properties: { version: { type: 'integer' }, change: { type: 'string', enum: ['created', 'changed', 'deleted'] }, name: { type: 'string' }, savedBy: { type: 'string' }, savedAt: { type: 'string', format: 'date-time' } },
        required: ['version', 'change', 'name', 'savedBy', 'savedAt'],
      },
    },
  },
  required: [...scenarioRequired, 'history'],
} as const;

const scenarioBody = {
  type: 'object',
  properties: { name: { type: 'string', maxLength: 200 }, description: { type: 'string', maxLength: 2000 }, settings },
  required: ['name', 'settings'],
  additionalProperties: false,
} as const;
const idParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;
const scenarioQuery = {
  type: 'object',
  properties: { scenario: { type: 'integer', minimum: 1, description: "a saved scenario's id; without it, the base forecast" } },
  additionalProperties: false,
} as const;
/** Ranges are the forecast's to judge (422 naming the value); the schema checks only that they are whole numbers. */
const forecastQuery = {
  ...scenarioQuery,
  properties: {
    ...scenarioQuery.properties,
    band: { type: 'string', enum: ['closed-form', 'simulated'], description: "the likely range beside the mean: the closed form's mean ± 2σ (the default, quick), or that and the middle 95 % of simulated runs" },
    runs: { type: 'integer', description: `with band=simulated: how many runs, ${SIMULATION_RUNS.fewest} to ${SIMULATION_RUNS.most} (default ${SIMULATION_RUNS.usual})` },
    seed: { type: 'integer', description: `with band=simulated: the seed, 0 to ${MOST_SEED} (default ${SIMULATION_SEED}); the same seed gives the same range` },
  },
} as const;

interface ScenarioBody {
  name: string;
  description?: string;
  settings: unknown;
}

export function forecastRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { scenario?: number } & BandAsked }>('/forecast', {
    schema: {
      summary: 'The care population and placement spend forecast (base, or a saved scenario), with how far to trust it (backtest) and, if asked, a simulated likely range: numbers only',
      tags: ['forecast'],
      querystring: forecastQuery,
      response: { 200: forecastView, ...problems(400, 404, 422) },
    },
  }, (request) => {
    const { scenario, ...band } = request.query;
    return accessOf(request).forecast.forecast(scenario ?? null, band);
  });

  app.post<{ Body: { settings: unknown } }>('/forecast/preview', {
    schema: {
      summary: 'The forecast of settings not saved (what the scenario editor shows before saving)',
      tags: ['forecast'],
      body: { type: 'object', properties: { settings }, required: ['settings'], additionalProperties: false },
      response: { 200: forecastView, ...problems(400, 404, 422) },
    },
  }, (request) => accessOf(request).forecast.preview(request.body.settings));

  app.get('/forecast/comparison', {
    schema: {
      summary: 'The base forecast and every saved scenario side by side: children and cost per quarter, year-one cost, difference to the base',
      tags: ['forecast'],
      response: { 200: comparisonView, ...problems(404, 422) },
    },
  }, (request) => accessOf(request).forecast.comparison());

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<{ Querystring: { scenario?: number } & BandAsked }>(`/forecast.${format}`, {
      schema: {
        summary: `Download the forecast as ${format === 'csv' ? 'CSV' : 'an xlsx workbook (with the comparison)'}, with the simulated range when asked (audited)`,
        tags: ['forecast'],
        querystring: forecastQuery,
        produces: [format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: { description: 'The file', type: 'string', format: 'binary' }, ...problems(400, 404, 422) },
      },
    }, async (request, reply) => {
      const { scenario, ...band } = request.query;
      const file = await accessOf(request).forecast.exportForecast(scenario ?? null, format, band);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
    });
  }

  app.get('/forecast/scenarios', {
    schema: {
      summary: "The council's saved forecast scenarios",
      tags: ['forecast'],
      response: { 200: { type: 'object', properties: { scenarios: { type: 'array', items: scenarioView } }, required: ['scenarios'] }, ...problems() },
    },
  }, async (request) => ({ scenarios: await accessOf(request).forecast.scenarios() }));

  app.post<{ Body: ScenarioBody }>('/forecast/scenarios', {
    schema: {
      summary: 'Save a new scenario; its settings must give a forecast on the council\'s data (audited)',
      tags: ['forecast'],
      body: scenarioBody,
      response: { 201: scenarioView, ...problems(400, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await accessOf(request).forecast.createScenario(request.body)));

  app.get<{ Params: { id: number } }>('/forecast/scenarios/:id', {
    schema: { summary: 'A saved scenario with every version saved', tags: ['forecast'], params: idParams, response: { 200: scenarioDetail, ...problems(400, 404) } },
  }, (request) => accessOf(request).forecast.scenario(request.params.id));

  app.put<{ Params: { id: number }; Body: ScenarioBody & { version: number } }>('/forecast/scenarios/:id', {
    schema: {
      summary: 'Change a scenario as it was at `version` (refused if someone saved a newer one); audited',
      tags: ['forecast'],
      params: idParams,
      body: { ...scenarioBody, properties: { ...scenarioBody.properties, version: { type: 'integer', minimum: 1 } }, required: [...scenarioBody.required, 'version'] },
      response: { 200: scenarioView, ...problems(400, 404, 422) },
    },
  }, (request) => {
    const { version, ...input } = request.body;
    return accessOf(request).forecast.updateScenario(request.params.id, version, input);
  });

  app.delete<{ Params: { id: number }; Querystring: { version: number } }>('/forecast/scenarios/:id', {
    schema: {
      summary: 'Delete a scenario seen at `version` (its versions are kept); audited',
      tags: ['forecast'],
      params: idParams,
      querystring: { type: 'object', properties: { version: { type: 'integer', minimum: 1 } }, required: ['version'], additionalProperties: false },
      response: { 204: { type: 'null' }, ...problems(400, 404, 422) },
    },
  }, async (request, reply) => {
    await accessOf(request).forecast.deleteScenario(request.params.id, request.query.version);
    return reply.code(204).send();
  });
}
