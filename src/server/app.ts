import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';

export interface ServerOptions {
  /** The built web app (vite build). */
  webRoot?: string;
  logger?: boolean;
}

const defaultWebRoot = join(import.meta.dirname, '../../dist/web');

/**
 * The Sightline server: the web app from the same process, with strict security headers. The web
 * app's "check a return" page does its work in the browser, so it needs nothing from the server but files.
 */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const webRoot = options.webRoot ?? defaultWebRoot;
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`The web app has not been built (${webRoot} has no index.html): run \`npm run build\` first.`);
  }
  const app = Fastify({ logger: options.logger ?? false });
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
      },
    },
  });
  await app.register(fastifyStatic, { root: webRoot });
  // Client-side routes all load the app shell.
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not found', status: 404 });
  });
  return app;
}
