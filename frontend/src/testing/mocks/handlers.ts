import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import { isRole, type Role } from '@/config/roles';
import {
  createConstituent,
  createProblem,
  createSegment,
  createUser,
  type TestConstituent,
  type TestSegment,
} from '@/testing/data-generators';
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

  // ---- Constituents and saved searches (segments) ----

  http.get('*/api/constituents', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const url = new URL(request.url);
    const items = searchConstituents(url).map(toConstituentListItem);
    return HttpResponse.json({ ...page(items, url), totalCapped: false });
  }),

  http.post('*/api/constituents', async ({ request }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const body = (await request.json()) as Partial<TestConstituent>;
    const invalid = constituentViolations(body);
    if (invalid) return invalid;
    const { id: _id, ...fields } = body;
    const created = createConstituent({ ...fields, version: 0, createdBy: actor.username });
    db.constituents.push(created);
    return HttpResponse.json(created, { status: 201 });
  }),

  http.get('*/api/constituents/:id', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    // Not an id (e.g. "duplicates"): leave it to the handlers of that path.
    if (!isUuid(params.id)) return undefined;
    const includeDeleted = new URL(request.url).searchParams.get('includeDeleted') === 'true';
    const found = db.constituents.find((c) => c.id === params.id && (includeDeleted || !c.deleted));
    return found ? HttpResponse.json(found) : constituentNotFound();
  }),

  http.put('*/api/constituents/:id', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const index = db.constituents.findIndex((c) => c.id === params.id && !c.deleted);
    const current = db.constituents[index];
    if (!current) return constituentNotFound();
    const body = (await request.json()) as Partial<TestConstituent>;
    const invalid = constituentViolations(body);
    if (invalid) return invalid;
    if (body.version !== current.version) {
      return problem(409, 'common.stale-version', 'Changed by someone else', {
        detail: `This constituent (${current.id}) was changed by someone else after you loaded it.`,
      });
    }
    const updated = createConstituent({
      ...current,
      ...body,
      id: current.id,
      displayName: undefined,
      version: current.version + 1,
      updatedBy: actor.username,
      updatedAt: new Date().toISOString(),
    });
    db.constituents[index] = updated;
    return HttpResponse.json(updated);
  }),

  http.delete('*/api/constituents/:id', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const found = db.constituents.find((c) => c.id === params.id && !c.deleted);
    if (!found) return constituentNotFound();
    found.deleted = true;
    found.deletedAt = new Date().toISOString();
    found.version += 1;
    return new HttpResponse(null, { status: 204 });
  }),

  http.post('*/api/constituents/:id/restore', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const found = db.constituents.find((c) => c.id === params.id);
    if (!found) return constituentNotFound();
    if (!found.deleted) return problem(422, 'constituents.not-deleted', 'Not deleted');
    found.deleted = false;
    found.deletedAt = null;
    found.version += 1;
    return HttpResponse.json(found);
  }),

  http.get('*/api/segments', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    return HttpResponse.json([...db.segments].sort((a, b) => a.name.localeCompare(b.name)));
  }),

  http.post('*/api/segments', async ({ request }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const body = (await request.json()) as Pick<TestSegment, 'name' | 'description' | 'criteria'>;
    if (!body.name?.trim()) {
      return problem(400, 'validation.failed', 'Some fields are not valid', {
        violations: [{ field: 'name', message: 'must not be blank' }],
      });
    }
    if (db.segments.some((s) => s.name.toLowerCase() === body.name.trim().toLowerCase())) {
      return problem(409, 'segments.name-taken', 'Segment name taken');
    }
    const segment = createSegment({ ...body, name: body.name.trim(), createdBy: actor.username });
    db.segments.push(segment);
    return HttpResponse.json(segment, { status: 201 });
  }),

  http.delete('*/api/segments/:id', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const before = db.segments.length;
    db.segments = db.segments.filter((s) => s.id !== params.id);
    return db.segments.length < before
      ? new HttpResponse(null, { status: 204 })
      : problem(404, 'segments.not-found', 'Segment not found');
  }),
];

// ---- Constituent helpers (a small model of the backend's search and rules) ----

function isUuid(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function constituentNotFound() {
  return problem(404, 'constituents.not-found', 'Constituent not found');
}

function toConstituentListItem(c: TestConstituent) {
  const primary = <T extends { primary: boolean }>(items: T[]) => items.find((item) => item.primary) ?? null;
  const address = primary(c.addresses);
  return {
    id: c.id,
    type: c.type,
    displayName: c.displayName,
    primaryEmail: primary(c.emails)?.address ?? null,
    primaryPhone: primary(c.phones)?.number ?? null,
    city: address?.city ?? null,
    postalCode: address?.postalCode ?? null,
    deceased: c.deceased,
    doNotContact: c.doNotContact,
    deleted: c.deleted,
    updatedAt: c.updatedAt,
  };
}

/** q: a name prefix (any word of the name), an email (has "@") or a phone number (digits). */
function searchConstituents(url: URL): TestConstituent[] {
  const get = (key: string) => url.searchParams.get(key)?.trim().toLowerCase() ?? '';
  const q = get('q');
  const digits = (value: string) => value.replace(/\D/g, '');
  const matchesQ = (c: TestConstituent) => {
    if (!q) return true;
    if (q.includes('@')) return c.emails.some((e) => e.address.toLowerCase().includes(q));
    if (/^[0-9+()./ x-]+$/.test(q) && digits(q).length >= 3) {
      return c.phones.some((p) => digits(p.number).includes(digits(q)));
    }
    const name = c.displayName.toLowerCase();
    return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q));
  };
  const sort = url.searchParams.get('sort') ?? 'name';
  const descending = sort.startsWith('-');
  const key = sort.replace(/^-/, '') === 'updatedAt' ? 'updatedAt' : 'displayName';
  return db.constituents
    .filter((c) => url.searchParams.get('includeDeleted') === 'true' || !c.deleted)
    .filter((c) => !url.searchParams.get('type') || c.type === url.searchParams.get('type'))
    .filter((c) => !get('tag') || c.tags.includes(get('tag')))
    .filter((c) => !get('email') || c.emails.some((e) => e.address.toLowerCase().includes(get('email'))))
    .filter((c) => !get('phone') || c.phones.some((p) => digits(p.number).includes(digits(get('phone')))))
    .filter((c) => !get('postalCode') || c.addresses.some((a) => (a.postalCode ?? '').toLowerCase().startsWith(get('postalCode'))))
    .filter((c) => !get('text') || `${c.displayName} ${c.notes ?? ''}`.toLowerCase().includes(get('text')))
    .filter(matchesQ)
    .sort((a, b) => (descending ? -1 : 1) * a[key].localeCompare(b[key]));
}

/** The backend's main rules: a name for the type, well-formed emails. */
function constituentViolations(body: Partial<TestConstituent>) {
  const violations: { field: string; message: string }[] = [];
  if (body.type === 'INDIVIDUAL' && !body.firstName?.trim() && !body.lastName?.trim()) {
    violations.push({ field: 'lastName', message: 'an individual needs a first or a last name' });
  }
  if (body.type === 'ORGANIZATION' && !body.name?.trim()) {
    violations.push({ field: 'name', message: 'an organization needs a name' });
  }
  (body.emails ?? []).forEach((email, index) => {
    if (!/^[^\s@]+@[^\s@]+$/.test(email.address)) {
      violations.push({ field: `emails[${index}].address`, message: 'must be a well-formed email address' });
    }
  });
  return violations.length > 0
    ? problem(400, 'validation.failed', 'Some fields are not valid', { violations })
    : null;
}
