import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import { isRole, type Role } from '@/config/roles';
import { createProblem, createUser } from '@/testing/data-generators';
import { db } from '@/testing/mocks/db';

// Handlers follow the backend's contract (see src/lib/api-client.ts for the problem format).
// Tokens are "token-<username>".

const PROBLEM = { 'Content-Type': 'application/problem+json' };

export function problem(status: number, code: string, title: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(createProblem(status, code, title, extra), { status, headers: PROBLEM });
}

function currentUser(request: StrictRequest<DefaultBodyType>) {
  const header = request.headers.get('Authorization') ?? '';
  const username = header.startsWith('Bearer token-') ? header.slice('Bearer token-'.length) : null;
  return db.users.find((user) => user.username === username && user.enabled) ?? null;
}

function unauthorized() {
  return problem(401, 'auth.unauthenticated', 'Please sign in');
}

function page<T>(items: T[], url: URL) {
  const pageNumber = Number(url.searchParams.get('page') ?? '0');
  const size = Number(url.searchParams.get('size') ?? '50');
  return {
    items: items.slice(pageNumber * size, pageNumber * size + size),
    page: pageNumber,
    size,
    total: items.length,
  };
}

export const handlers = [
  http.get('*/health', () => HttpResponse.json({ status: 'UP' })),

  http.post('*/api/login', async ({ request }) => {
    const body = (await request.json()) as { username?: string; password?: string };
    const user = db.users.find((candidate) => candidate.username === body.username && candidate.enabled);
    if (!user || db.passwords.get(user.username) !== body.password) {
      return problem(401, 'auth.bad-credentials', 'Invalid username or password');
    }
    return HttpResponse.json({
      access_token: `token-${user.username}`,
      token_type: 'Bearer',
      expires_in: 3600,
      username: user.username,
      roles: user.roles,
    });
  }),

  http.get('*/api/me', ({ request }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    const { id, username, displayName, email, roles } = user;
    return HttpResponse.json({ id, username, displayName, email, roles });
  }),

  http.put('*/api/me/password', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/users', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const url = new URL(request.url);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const matches = db.users.filter((user) =>
      [user.username, user.displayName, user.email ?? ''].some((value) => value.toLowerCase().includes(q)),
    );
    return HttpResponse.json(page(matches, url));
  }),

  http.post('*/api/users', async ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const body = (await request.json()) as {
      username: string;
      displayName: string;
      email: string;
      password: string;
      roles: string[];
    };
    if (db.users.some((user) => user.username === body.username)) {
      return problem(409, 'users.username-taken', 'Username already taken');
    }
    const user = createUser({
      username: body.username,
      displayName: body.displayName,
      email: body.email,
      roles: body.roles.filter(isRole),
    });
    db.users.push(user);
    db.passwords.set(user.username, body.password);
    return HttpResponse.json(user, { status: 201 });
  }),

  http.put('*/api/users/:id/roles', async ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const user = db.users.find((candidate) => candidate.id === params.id);
    if (!user) return problem(404, 'users.not-found', 'User not found');
    const body = (await request.json()) as { roles: string[] };
    user.roles = body.roles.filter(isRole) satisfies Role[];
    return HttpResponse.json(user);
  }),

  http.post('*/api/users/:id/:action', ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const user = db.users.find((candidate) => candidate.id === params.id);
    if (!user) return problem(404, 'users.not-found', 'User not found');
    if (params.action === 'disable' && user.id === actor.id) {
      return problem(422, 'users.cannot-disable-self', 'You cannot disable your own account');
    }
    user.enabled = params.action === 'enable';
    return HttpResponse.json(user);
  }),

  http.put('*/api/users/:id/password', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/audit', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const url = new URL(request.url);
    const entityType = url.searchParams.get('entityType');
    const entityId = url.searchParams.get('entityId');
    const items = db.audit.filter(
      (entry) =>
        (!entityType || entry.entityType === entityType) && (!entityId || entry.entityId === entityId),
    );
    return HttpResponse.json(page(items, url));
  }),
];
