import type { FastifyInstance } from 'fastify';
import { MAX_POPULATION } from '../../access/settings-access.ts';
import { accessOf } from './auth.ts';
import { nullable, problems } from './schemas.ts';

const populationSetting = {
  type: 'object',
  properties: {
    la: { type: 'string' },
    current: {
      type: ['object', 'null'],
      properties: {
        population: { type: 'integer' },
        source: { type: 'string' },
        year: { type: 'integer' },
        basis: { type: 'string', description: 'what each rate per 10,000 says of the population it uses' },
        updatedBy: { type: 'string' },
        updatedAt: { type: 'string', format: 'date-time' },
      },
      required: ['population', 'source', 'year', 'basis', 'updatedBy', 'updatedAt'],
    },
    population0to25: { ...nullable('integer'), description: 'ONS 0–25 population from the reference data, for context: not what rates use' },
  },
  required: ['la', 'current', 'population0to25'],
} as const;

export function settingsRoutes(app: FastifyInstance): void {
  app.get('/settings/population', {
    schema: {
      summary: "The council's 0–17 population (the divisor of rates per 10,000) as entered, with who set it last",
      tags: ['settings'],
      response: { 200: populationSetting, ...problems() },
    },
  }, (request) => accessOf(request).settings.population());

  app.put<{ Body: { population: number; source: string; year: number } }>('/settings/population', {
    schema: {
      summary: "Set the council's 0–17 population with its source and year (audited); rates per 10,000 use it at once",
      tags: ['settings'],
      body: {
        type: 'object',
        properties: {
          population: { type: 'integer', minimum: 1, maximum: MAX_POPULATION, description: 'children aged 0 to 17 living in the council area' },
          source: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S', description: 'where the figure comes from, e.g. ONS mid-2024 population estimates' },
          year: { type: 'integer', minimum: 2000, maximum: 2100, description: 'the year the estimate is for' },
        },
        required: ['population', 'source', 'year'],
        additionalProperties: false,
      },
      response: { 200: populationSetting, ...problems(400, 422) },
    },
  }, (request) => accessOf(request).settings.setPopulation(request.body));
}
