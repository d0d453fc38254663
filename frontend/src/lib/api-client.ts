import { notifications } from '@mantine/notifications';

import { env } from '@/config/env';
import { clearSession } from '@/lib/session';

/** One invalid field of a request, as the backend reports it. */
export type Violation = { field: string; message: string };

/** An RFC 9457 problem as the backend sends it (`application/problem+json`). */
export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code, e.g. `users.username-taken`. Key on this, never on text. */
  code: string;
  violations?: Violation[];
  /** Extension members some problems add beside `code` (e.g. `mergedInto`), as sent. */
  extensions?: Record<string, string | number | boolean>;
  /** Extension members that are lists or objects (e.g. `candidates`), as sent; the caller checks their shape. */
  structured?: Record<string, unknown>;
};

/** A page of a list endpoint. `page` counts from 0. */
export type Page<T> = {
  items: T[];
  page: number;
  size: number;
  total: number;
};

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Status 0: the request never got an answer. */
export const NETWORK_ERROR_CODE = 'network.unreachable';

type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Extra request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Do not show a notification on failure: the caller shows the problem itself. */
  silent?: boolean;
  /**
   * An anonymous call (the login call): a 401 is an answer to show, not a sign that the session
   * has ended.
   */
  anonymous?: boolean;
};

/** The double-submit CSRF pair (docs/adr/0009-browser-session-cookie.md). */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

/** The value of the readable XSRF-TOKEN cookie the sign-in set, if any. */
export function readXsrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === XSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const base = env.apiBaseUrl || window.location.origin;
  const url = new URL(path, `${base}/`);
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(key, String(value));
      }
    }
  }
  return url.toString();
}

function isViolation(value: unknown): value is Violation {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}

/**
 * Turns any error body into a Problem. Missing or malformed members fall back to what the status
 * line says, so callers always get a title, a status and a code.
 */
const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'violations']);

export function parseProblem(body: unknown, status: number, statusText = ''): Problem {
  const fallback: Problem = {
    title: statusText || `Request failed with status ${status}`,
    status,
    code: `http.${status}`,
  };
  if (typeof body !== 'object' || body === null) return fallback;
  const raw = body as Record<string, unknown>;
  const problem: Problem = {
    title: typeof raw.title === 'string' && raw.title ? raw.title : fallback.title,
    status: typeof raw.status === 'number' ? raw.status : status,
    code: typeof raw.code === 'string' && raw.code ? raw.code : fallback.code,
  };
  if (typeof raw.type === 'string') problem.type = raw.type;
  if (typeof raw.detail === 'string' && raw.detail) problem.detail = raw.detail;
  if (typeof raw.instance === 'string') problem.instance = raw.instance;
  if (Array.isArray(raw.violations)) problem.violations = raw.violations.filter(isViolation);
  const extensions: Record<string, string | number | boolean> = {};
  const structured: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (STANDARD_MEMBERS.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      extensions[key] = value;
    } else if (typeof value === 'object' && value !== null) {
      structured[key] = value;
    }
  }
  if (Object.keys(extensions).length > 0) problem.extensions = extensions;
  if (Object.keys(structured).length > 0) problem.structured = structured;
  return problem;
}

async function readProblem(response: Response): Promise<Problem> {
  const contentType = response.headers.get('content-type') ?? '';
  let body: unknown = null;
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  return parseProblem(body, response.status, response.statusText);
}

export function notifyProblem(problem: Problem): void {
  const message =
    problem.detail ??
    (problem.violations?.length ? 'Please correct the highlighted fields.' : undefined);
  notifications.show({
    id: `problem:${problem.status}:${problem.code}`,
    color: 'red',
    title: message ? problem.title : undefined,
    message: message ?? problem.title,
    autoClose: 8000,
  });
}

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Calls the Steward API. Resolves with the parsed JSON body (undefined for 204); rejects with an
 * {@link ApiError} carrying the parsed problem. Every failure is shown once as a notification
 * (unless `silent`), and a 401 on an authenticated call ends the session, which sends the user to
 * the login page.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal, silent = false, anonymous = false } = options;
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  // The session is the httpOnly cookie the browser sends; writes prove they come from this page.
  if (method !== 'GET') {
    const xsrf = readXsrfToken();
    if (xsrf) headers.set(XSRF_HEADER, xsrf);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    const problem: Problem = {
      title: 'Cannot reach the server',
      detail: 'Check your connection and try again.',
      status: 0,
      code: NETWORK_ERROR_CODE,
    };
    if (!silent) notifyProblem(problem);
    throw new ApiError(problem);
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const problem = await readProblem(response);
  if (response.status === 401 && !anonymous) {
    clearSession();
  }
  if (!silent) notifyProblem(problem);
  throw new ApiError(problem);
}

/** A file the API answered with, and the name its `Content-Disposition` offers. */
export type DownloadedFile = { blob: Blob; fileName: string | null };

/** The `filename` of a `Content-Disposition` header (plain or RFC 5987 `filename*`), if any. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(disposition);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name || null;
}

/**
 * Downloads a file (a PDF, a spreadsheet) from the API with the same session and error handling as
 * {@link apiRequest}: the session cookie goes with it, and a failure rejects with an {@link ApiError}
 * (shown once as a notification unless `silent`).
 */
export async function apiDownload(
  path: string,
  options: Pick<RequestOptions, 'query' | 'signal' | 'silent'> & { accept?: string } = {},
): Promise<DownloadedFile> {
  const { query, signal, silent = false, accept = 'application/octet-stream' } = options;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method: 'GET',
      headers: { Accept: `${accept}, application/problem+json` },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    const problem: Problem = {
      title: 'Cannot reach the server',
      detail: 'Check your connection and try again.',
      status: 0,
      code: NETWORK_ERROR_CODE,
    };
    if (!silent) notifyProblem(problem);
    throw new ApiError(problem);
  }
  if (response.ok) {
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
  }
  const problem = await readProblem(response);
  if (response.status === 401) clearSession();
  if (!silent) notifyProblem(problem);
  throw new ApiError(problem);
}
