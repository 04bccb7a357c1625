import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import type { AccessControl } from '../../access/access-control.ts';
import { adminRoutes } from './admin-routes.ts';
import { annexARoutes } from './annex-a-routes.ts';
import { requireSession } from './auth.ts';
import { caseAuditRoutes } from './case-audit-routes.ts';
import { caseloadRoutes } from './caseload-routes.ts';
import { childrenRoutes } from './children-routes.ts';
import { dataQualityRoutes } from './data-quality-routes.ts';
import { forecastRoutes } from './forecast-routes.ts';
import { improvementPlanRoutes } from './improvement-plan-routes.ts';
import { indicatorRoutes } from './indicator-routes.ts';
import { inspectionRoutes } from './inspection-routes.ts';
import { returnsRoutes } from './returns-routes.ts';
import { settingsRoutes } from './settings-routes.ts';
import { SCHEMAS } from './schemas.ts';
import { sessionRoutes } from './session-routes.ts';
import { worklistRoutes } from './worklist-routes.ts';

export interface ApiOptions {
  control: AccessControl;
  /** Behind TLS: Secure, __Host- cookies. */
  secure: boolean;
  maxUploadBytes: number;
}

/**
 * The JSON API under /api: every route validated by its JSON schema and described in the OpenAPI
 * document at /api/openapi.json; every non-public route behind a session (and CSRF token); every
 * handler reaching data only through the actor's DataAccess.
 */
export async function registerApi(app: FastifyInstance, options: ApiOptions): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: options.maxUploadBytes } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Sightline API', version: '0.1.0', description: "Children's social care data for English councils. Sign in (POST /api/session) first; send the session's CSRF token in x-csrf-token on every request that changes something." },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sightline-session' } } },
      security: [{ session: [] }],
    },
    refResolver: { buildLocalReference: (json) => String(json.$id) },
  });
  for (const schema of SCHEMAS) app.addSchema(schema);
  await app.register(
    async (api) => {
      requireSession(api, options.control, options.secure);
      // Children's data is never kept by a browser's or a proxy's cache.
      api.addHook('onSend', async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      });
      sessionRoutes(api, options.control, options.secure);
      returnsRoutes(api, options.maxUploadBytes);
      dataQualityRoutes(api);
      childrenRoutes(api);
      adminRoutes(api);
      indicatorRoutes(api);
      worklistRoutes(api);
      inspectionRoutes(api);
      improvementPlanRoutes(api);
      caseAuditRoutes(api);
      caseloadRoutes(api);
      forecastRoutes(api);
      annexARoutes(api);
      settingsRoutes(api);
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());
    },
    { prefix: '/api' },
  );
}
