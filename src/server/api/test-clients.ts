import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { accessControl } from '../../access/access-control.ts';
import { TEST_PASSWORD, testCouncil, type TestCouncil, type TestUser } from '../../access/testing.ts';
import { openForSuite } from '../../testing/suite.ts';
import { buildServer } from '../app.ts';

/** A signed-in user as an API test drives it: the session cookie and the CSRF token, sent with every request. */
export interface TestClient {
  send(request: InjectOptions): Promise<LightMyRequestResponse>;
}

/** Signs `username` in (from its own address, so the per-address sign-in limit is the test's own). */
export async function signedIn(app: FastifyInstance, username: string, remoteAddress: string): Promise<TestClient> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password: TEST_PASSWORD }, remoteAddress });
  assert.equal(response.statusCode, 200, `${username} signs in: ${response.body}`);
  const session = response.cookies.find((c) => c.name === 'sightline-session')!;
  const headers = { cookie: `${session.name}=${session.value}`, 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken };
  return { send: (request) => app.inject({ ...request, headers: { ...(request.headers as Record<string, string> | undefined), ...headers } }) };
}

/** The API on a fresh test council, with each of `users` signed in. */
export interface SignedInApi {
  readonly council: TestCouncil;
  readonly app: FastifyInstance;
  as(user: TestUser): TestClient;
  close(): Promise<void>;
}

export async function signedInApi(users: readonly TestUser[], remoteAddress: string): Promise<SignedInApi> {
  const council = await testCouncil();
  const app = await buildServer({ control: accessControl(council.db) });
  const clients = new Map<TestUser, TestClient>();
  for (const u of users) clients.set(u, await signedIn(app, u, remoteAddress));
  return {
    council, app,
    as: (user) => clients.get(user)!,
    close: async () => {
      await app.close();
      await council.close();
    },
  };
}

/** The API for a suite of tests, as `signedInApi` gives it, built before them and closed after them (see openForSuite). */
export function apiForSuite(users: readonly TestUser[], remoteAddress: string, ready?: (api: SignedInApi) => Promise<void>): () => SignedInApi {
  return openForSuite('The API', () => signedInApi(users, remoteAddress), ready);
}
