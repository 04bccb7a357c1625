import type { FastifyInstance } from 'fastify';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by its domain's work
export function improvementPlanRoutes(app: FastifyInstance): void {}
