import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AccessDenied, NotFound, Rejected } from '../access/errors.ts';

/**
 * Errors as RFC 9457 problem details (application/problem+json), in plain words a person can act on.
 * A server fault says no more than that it happened: its detail goes to the log, not the client.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly [extension: string]: unknown;
}

export function sendProblem(reply: FastifyReply, status: number, title: string, detail?: string, extensions: Record<string, unknown> = {}): FastifyReply {
  const body: Problem = { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...extensions };
  return reply.code(status).type('application/problem+json').send(body);
}

export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof NotFound) return sendProblem(reply, 404, 'Not found', error.message);
  if (error instanceof AccessDenied) return sendProblem(reply, 403, 'Not allowed', error.message);
  if (error instanceof Rejected) return sendProblem(reply, 422, 'Not accepted', error.message, error.detail ? { report: error.detail } : {});
  if (error.validation) return sendProblem(reply, 400, 'The request is not valid', error.message);
  const status = error.statusCode ?? 500;
  if (status === 413) return sendProblem(reply, 413, 'Too large', `${error.message}. Split the return or ask an administrator to raise the limit.`);
  if (status === 429) return sendProblem(reply, 429, 'Too many attempts', 'Too many attempts from here: wait a minute and try again.');
  if (status >= 400 && status < 500) return sendProblem(reply, status, error.message);
  request.log.error(error);
  return sendProblem(reply, 500, 'Something went wrong', 'The server could not finish this request. It has been logged.');
}
