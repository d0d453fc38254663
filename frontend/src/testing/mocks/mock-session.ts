import { HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import { createProblem } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';

// The session is a cookie the page cannot read: `db.sessionUser` stands in for it (set by the
// cookie-mode login and by `signInAs`); the readable XSRF-TOKEN cookie is "xsrf-<username>".
// API clients' bearer tokens are "token-<username>".

/** The signed-in user of a mocked request: its bearer token's, else the browser session's. */
export function currentUser(request: StrictRequest<DefaultBodyType>) {
  const header = request.headers.get('Authorization') ?? '';
  const username = header.startsWith('Bearer token-') ? header.slice('Bearer token-'.length) : db.sessionUser;
  return db.users.find((user) => user.username === username && user.enabled) ?? null;
}

/** A problem+json answer, as the backend gives it. */
export function problem(status: number, code: string, title: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(createProblem(status, code, title, extra), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
