/**
 * The one way the web app talks to the server: same-origin fetch with JSON bodies, the session cookie,
 * the CSRF header on unsafe methods and the error envelope turned into an `ApiError`.
 */
export interface ApiFieldError {
  /** JSON pointer into the request body, e.g. `/idNumber`. */
  path: string;
  code: string;
  message: string;
}

interface ErrorEnvelope {
  error: {
    code: string;
    message: string;
    messages?: Record<string, string>;
    requestId?: string;
    fields?: ApiFieldError[];
    details?: Record<string, unknown>;
  };
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: ApiFieldError[];
  readonly details: Record<string, unknown>;
  readonly requestId: string | undefined;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    fields?: ApiFieldError[];
    details?: Record<string, unknown>;
    requestId?: string;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? [];
    this.details = options.details ?? {};
    this.requestId = options.requestId;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. Idempotency-Key. */
  headers?: Record<string, string>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let languageProvider: () => string = () => 'zh-CN';

/** Remembers the CSRF token of the current session (from GET /api/auth/session or a login response). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Tells the client which language to request for server messages (Accept-Language). */
export function setLanguageProvider(provider: () => string): void {
  languageProvider = provider;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const url = path.startsWith('/api') ? path : `/api${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    return text;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  if (isErrorEnvelope(body)) {
    const { error } = body;
    return new ApiError({
      status,
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.details ? { details: error.details } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
    });
  }
  return new ApiError({ status, code: status >= 500 ? 'INTERNAL_ERROR' : 'HTTP_ERROR', message: `HTTP ${status}` });
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': languageProvider(), ...options.headers };
  // A FormData body (file upload) sets its own multipart Content-Type with the boundary.
  const isMultipart = options.body instanceof FormData;
  if (options.body !== undefined && !isMultipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: isMultipart ? (options.body as FormData) : JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error' });
  }
}

async function refreshCsrfToken(): Promise<void> {
  const response = await send('GET', '/auth/session', {});
  const body = (await readBody(response)) as { csrfToken?: string | null } | undefined;
  setCsrfToken(body?.csrfToken ?? null);
}

/** Sends one request; a stale CSRF token is refreshed once from the session and the request retried. */
export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  let body = await readBody(response);
  if (method !== 'GET' && response.status === 403 && isErrorEnvelope(body) && body.error.code === 'CSRF_TOKEN_INVALID') {
    await refreshCsrfToken();
    response = await send(method, path, options);
    body = await readBody(response);
  }
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  /** multipart/form-data (file uploads); same session, CSRF and error handling as every other request. */
  postForm: <T>(path: string, form: FormData, headers?: Record<string, string>) => apiRequest<T>('POST', path, { body: form, ...(headers ? { headers } : {}) }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};

/** Page<T> as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
