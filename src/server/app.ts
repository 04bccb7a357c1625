import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AccessControl } from '../access/access-control.ts';
import { registerApi } from './api/api.ts';
import { problemErrorHandler, sendProblem } from './problem.ts';

export interface ServerOptions {
  /** The built web app (vite build). */
  webRoot?: string;
  logger?: boolean;
  /** The council's data, behind its access rules. Without it only the public "check a return" page is served. */
  control?: AccessControl;
  /** Set when served over TLS (directly or behind a proxy): cookies become Secure and __Host- prefixed. */
  secure?: boolean;
  /** The largest file an upload may hold. */
  maxUploadBytes?: number;
}

const defaultWebRoot = join(import.meta.dirname, '../../dist/web');

/** 200 MB: a large council's CIN census is about 100 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * The Sightline server: the JSON API and the web app from the same process, with strict security
 * headers. The "check a return" page does its work in the browser, so it needs nothing but files.
 */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const webRoot = options.webRoot ?? defaultWebRoot;
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`The web app has not been built (${webRoot} has no index.html): run \`npm run build\` first.`);
  }
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.secure ?? false,
    // A field the schema does not know is refused (400, naming it), not silently dropped: a misspelt field
    // must not look accepted.
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setErrorHandler(problemErrorHandler);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Over plain HTTP (the local demo) there is nothing to upgrade to.
        upgradeInsecureRequests: options.secure ? [] : null,
      },
    },
    // Over plain HTTP (the local demo) HSTS would be ignored; behind TLS it pins the browser to it.
    strictTransportSecurity: options.secure ? { maxAge: 31_536_000 } : false,
  });
  if (options.control) await registerApi(app, { control: options.control, secure: options.secure ?? false, maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES });
  await app.register(fastifyStatic, { root: webRoot });
  // Client-side routes all load the app shell.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return sendProblem(reply, 404, 'Not found', `There is no ${request.method} ${request.url.split('?')[0]}.`);
  });
  return app;
}
