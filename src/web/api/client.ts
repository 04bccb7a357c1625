/**
 * The web app's one way to the server's JSON API: same-origin, the session cookie sent by the browser,
 * the CSRF token added to every request that changes something, and problem+json turned into an
 * ApiError whose words can be shown as they are.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly title: string;
  readonly body: Record<string, unknown>;
  constructor(status: number, title: string, detail: string, body: Record<string, unknown>) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.body = body;
  }
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...(method === 'GET' ? {} : csrfHeaders()) };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api${path}`, { method, headers, body: init.body === undefined ? null : JSON.stringify(init.body), credentials: 'same-origin' });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw problemError(response.status, body);
  return body as T;
}

export function problemError(status: number, body: Record<string, unknown>): ApiError {
  return new ApiError(status, String(body.title ?? 'Something went wrong'), String(body.detail ?? ''), body);
}

/** A query string from the parameters that have a value. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}
