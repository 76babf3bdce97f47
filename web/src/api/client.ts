/**
 * The one fetch client of the web app.
 *
 * - JSON in, JSON out, cookies on the same origin only.
 * - Every state-changing request carries the CSRF token of the current session (X-CSRF-Token).
 * - Errors arrive as application/problem+json and become an ApiError with the server's fields.
 * - A 401 on anything but logging in means the session has ended: the registered handler
 *   takes the user back to the login screen ("Uw sessie is verlopen").
 */

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly code: string | undefined;
  readonly invalidParams: InvalidParam[];
  /** Seconds from a Retry-After header (429, 503), when the server sent one. */
  readonly retryAfter: number | undefined;
  /** On a version conflict (409 versie-verouderd): the version that holds now. */
  readonly huidigeVersie: number | undefined;
  /** On mogelijke-dubbele-persoon or bsn-bestaat (409): the ids of the existing persons. */
  readonly kandidaten: string[];

  constructor(init: {
    status: number;
    title: string;
    detail?: string | undefined;
    code?: string | undefined;
    invalidParams?: InvalidParam[] | undefined;
    retryAfter?: number | undefined;
    huidigeVersie?: number | undefined;
    kandidaten?: string[] | undefined;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.code = init.code;
    this.invalidParams = init.invalidParams ?? [];
    this.retryAfter = init.retryAfter;
    this.huidigeVersie = init.huidigeVersie;
    this.kandidaten = init.kandidaten ?? [];
  }

  get isVersionConflict(): boolean {
    return this.status === 409 && this.code === 'versie-verouderd';
  }

  /** The server's reason for one field, if it named that field. */
  reasonFor(field: string): string | undefined {
    return this.invalidParams.find((p) => p.name === field || p.name.endsWith(`.${field}`) || p.name === `body.${field}`)
      ?.reason;
  }
}

let csrfToken: string | null = null;
let onSessionEnded: (() => void) | null = null;

/** The session provider keeps the token up to date (it changes with every new session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called once by the session provider: what to do when the server says the session is gone. */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** Do not treat a 401 as "session ended" (logging in, probing for a session). */
  expectUnauthorized?: boolean;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'netwerk', code: 'netwerk-onbereikbaar' });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.expectUnauthorized) onSessionEnded?.();
    throw error;
  }
  const data = response.status === 204 ? undefined : await readJson(response);
  return { status: response.status, data: data as T, headers: response.headers };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  return JSON.parse(text) as unknown;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get('Retry-After');
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  let body: Record<string, unknown> = {};
  try {
    const parsed = await readJson(response);
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page, say): keep the status.
  }
  const invalidParams = Array.isArray(body.invalidParams)
    ? body.invalidParams
        .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
        .map((p) => ({ name: String(p.name ?? ''), code: String(p.code ?? ''), reason: String(p.reason ?? '') }))
    : [];
  return new ApiError({
    status: response.status,
    title: typeof body.title === 'string' ? body.title : response.statusText || `HTTP ${response.status}`,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    code: typeof body.code === 'string' ? body.code : undefined,
    invalidParams,
    retryAfter,
    huidigeVersie: typeof body.huidigeVersie === 'number' ? body.huidigeVersie : undefined,
    kandidaten: Array.isArray(body.kandidaten) ? body.kandidaten.filter((k): k is string => typeof k === 'string') : undefined,
  });
}

export const api = {
  get: <T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<T>(path, { ...options, method: 'GET' }).then((r) => r.data),
  post: <T>(path: string, body: unknown = {}, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<T>(path, { ...options, method: 'POST', body }).then((r) => r.data),
  put: <T>(path: string, body: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<T>(path, { ...options, method: 'PUT', body }).then((r) => r.data),
  patch: <T>(path: string, body: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<T>(path, { ...options, method: 'PATCH', body }).then((r) => r.data),
  delete: (path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    request<void>(path, { ...options, method: 'DELETE' }).then(() => undefined),
};
