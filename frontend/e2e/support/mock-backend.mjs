// A stand-in for the Steward backend, for trying the built app and the journeys without Java:
// the API contract in memory, plus the files of dist/ with index.html for client routes.
//
//   npm run build && node e2e/support/mock-backend.mjs          (http://127.0.0.1:4180)
//   PORT=5000 DIST_DIR=../backend/target/classes/public node e2e/support/mock-backend.mjs
//
// Users: admin / "correct horse battery staple" (ADMIN), dora (DEVELOPMENT_OFFICER), same password.
// Not a test double for the backend's behaviour beyond the happy paths and a few problems.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const MOCK_PASSWORD = 'correct horse battery staple';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

function seed() {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const user = (username, displayName, roles, extra = {}) => ({
    id: randomUUID(),
    username,
    displayName,
    email: `${username}@example.org`,
    roles,
    enabled: true,
    createdAt: now,
    lastLoginAt: null,
    ...extra,
  });
  const users = [
    user('admin', 'Ada Admin', ['ADMIN'], { lastLoginAt: now }),
    user('dora', 'Dora Development', ['DEVELOPMENT_OFFICER']),
    user('evan', 'Evan Events', ['EVENT_COORDINATOR']),
    user('bea', 'Bea Board', ['BOARD_MEMBER'], { enabled: false }),
  ];
  // As GET /api/audit sends entries: names beside the ids, absent values left out, changes as text.
  const audit = [
    {
      id: randomUUID(),
      occurredAt: now,
      actor: 'admin',
      actorName: 'Ada Admin',
      action: 'UPDATED',
      entityType: 'user',
      entityTypeLabel: 'User',
      entityId: users[2].id,
      entityLabel: 'Evan Events (evan)',
      entityPage: { entityType: 'user', entityId: users[2].id },
      changes: [{ field: 'roles', from: 'BOARD_MEMBER', to: 'EVENT_COORDINATOR' }],
      reason: 'Joined the events team',
    },
    {
      id: randomUUID(),
      occurredAt: now,
      actor: 'dora',
      actorName: 'Dora Development',
      action: 'CREATED',
      entityType: 'gift',
      entityTypeLabel: 'Gift',
      entityId: '00000000-0000-4000-8000-0000000009a1',
      entityLabel: '$1,250.00 from Maximilian Alexander Featherstonehaugh-Worthington on 2026-03-01',
      entityPage: { entityType: 'gift', entityId: '00000000-0000-4000-8000-0000000009a1' },
      changes: [
        { field: 'amount', to: '1250.00' },
        { field: 'constituentId', to: '00000000-0000-4000-8000-0000000000c1' },
      ],
    },
  ];
  const auditTypes = [
    { entityType: 'constituent', label: 'Constituent' },
    { entityType: 'event', label: 'Event' },
    { entityType: 'gift', label: 'Gift' },
    { entityType: 'user', label: 'User' },
  ];
  return { users, passwords: new Map(users.map((u) => [u.username, MOCK_PASSWORD])), audit, auditTypes };
}

function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function problem(res, status, code, title, extra = {}) {
  send(res, status, { type: `https://steward.example/problems/${code}`, title, status, code, ...extra }, 'application/problem+json');
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return {};
  }
}

function paged(items, url) {
  const page = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? 50);
  return { items: items.slice(page * size, page * size + size), page, size, total: items.length };
}

async function serveStatic(res, distDir, pathname) {
  const file = path.join(distDir, path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  try {
    if ((await stat(file)).isFile()) {
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
      return;
    }
  } catch {
    // not a file: fall through to index.html
  }
  try {
    res.writeHead(200, { 'Content-Type': TYPES['.html'] });
    res.end(await readFile(path.join(distDir, 'index.html')));
  } catch {
    send(res, 404, { error: `no build in ${distDir}: run npm run build first` });
  }
}

function cookieValue(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

export function createMockBackend({ distDir = path.resolve(import.meta.dirname, '../../dist') } = {}) {
  const db = seed();
  const tokens = new Map();
  /** Session token -> its XSRF value (the real backend derives it from the token). */
  const xsrfs = new Map();

  const handle = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { pathname } = url;
    const method = req.method ?? 'GET';

    if (pathname === '/health') return send(res, 200, { status: 'UP' });
    if (!pathname.startsWith('/api/')) return serveStatic(res, distDir, pathname);

    if (pathname === '/api/login' && method === 'POST') {
      const body = await readJson(req);
      const user = db.users.find((u) => u.username === body.username && u.enabled);
      if (!user || db.passwords.get(user.username) !== body.password) {
        return problem(res, 401, 'auth.bad-credentials', 'Invalid username or password');
      }
      const token = randomUUID();
      tokens.set(token, user.id);
      user.lastLoginAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      if (req.headers['x-steward-session'] === 'cookie') {
        // as the backend: the token in an httpOnly cookie, a readable XSRF-TOKEN beside it
        res.setHeader('Set-Cookie', [
          `STEWARD_SESSION=${token}; Path=/; HttpOnly; SameSite=Strict`,
          `XSRF-TOKEN=${xsrfs.set(token, randomUUID()).get(token)}; Path=/; SameSite=Strict`,
        ]);
        return send(res, 200, { expires_in: 3600, username: user.username, roles: user.roles });
      }
      return send(res, 200, {
        access_token: token,
        token_type: 'Bearer',
        expires_in: 3600,
        username: user.username,
        roles: user.roles,
      });
    }

    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const session = cookieValue(req, 'STEWARD_SESSION');
    if (!bearer && session && method !== 'GET' && req.headers['x-xsrf-token'] !== xsrfs.get(session)) {
      return problem(res, 403, 'auth.csrf-failed', 'Request not verified');
    }
    if (pathname === '/api/logout' && method === 'POST') {
      tokens.delete(bearer || session);
      res.setHeader('Set-Cookie', [
        'STEWARD_SESSION=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict',
        'XSRF-TOKEN=; Path=/; Max-Age=0; SameSite=Strict',
      ]);
      return send(res, 204);
    }
    const token = bearer || session;
    const me = db.users.find((u) => u.id === tokens.get(token) && u.enabled);
    if (!me) return problem(res, 401, 'auth.unauthenticated', 'Please sign in');

    if (pathname === '/api/me' && method === 'GET') {
      const { id, username, displayName, email, roles } = me;
      return send(res, 200, { id, username, displayName, email, roles });
    }
    if (pathname === '/api/me/password' && method === 'PUT') return send(res, 204);

    if (!me.roles.includes('ADMIN')) return problem(res, 403, 'auth.forbidden', 'Not allowed');

    if (pathname === '/api/users' && method === 'GET') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const matches = db.users.filter((user) =>
        [user.username, user.displayName, user.email ?? ''].some((value) => value.toLowerCase().includes(q)),
      );
      return send(res, 200, paged(matches, url));
    }
    if (pathname === '/api/users' && method === 'POST') {
      const body = await readJson(req);
      const violations = [];
      if (!body.username) violations.push({ field: 'username', message: 'must not be blank' });
      if (!body.displayName) violations.push({ field: 'displayName', message: 'must not be blank' });
      if (!body.password || body.password.length < 12) {
        violations.push({ field: 'password', message: 'must be at least 12 characters' });
      }
      if (!Array.isArray(body.roles) || body.roles.length === 0) {
        violations.push({ field: 'roles', message: 'must not be empty' });
      }
      if (violations.length) return problem(res, 400, 'validation.failed', 'Validation failed', { violations });
      if (db.users.some((u) => u.username === body.username)) {
        return problem(res, 409, 'users.username-taken', 'Username already taken');
      }
      const user = {
        id: randomUUID(),
        username: body.username,
        displayName: body.displayName,
        email: body.email ?? null,
        roles: body.roles,
        enabled: true,
        createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        lastLoginAt: null,
      };
      db.users.push(user);
      db.passwords.set(user.username, body.password);
      return send(res, 201, user);
    }

    const userMatch = /^\/api\/users\/([^/]+)\/(roles|enable|disable|password)$/.exec(pathname);
    if (userMatch) {
      const user = db.users.find((u) => u.id === userMatch[1]);
      if (!user) return problem(res, 404, 'users.not-found', 'User not found');
      const action = userMatch[2];
      if (action === 'roles' && method === 'PUT') {
        user.roles = (await readJson(req)).roles ?? user.roles;
        return send(res, 200, user);
      }
      if (action === 'disable' && method === 'POST') {
        if (user.id === me.id) return problem(res, 422, 'users.cannot-disable-self', 'You cannot disable your own account');
        user.enabled = false;
        return send(res, 200, user);
      }
      if (action === 'enable' && method === 'POST') {
        user.enabled = true;
        return send(res, 200, user);
      }
      if (action === 'password' && method === 'PUT') return send(res, 204);
    }

    if (pathname === '/api/audit/entity-types' && method === 'GET') return send(res, 200, db.auditTypes);
    if (pathname === '/api/audit/actors' && method === 'GET') {
      const names = new Map(db.audit.map((e) => [e.actor, e.actorName ?? e.actor]));
      return send(res, 200, [...names].map(([username, displayName]) => ({ username, displayName })));
    }
    if (pathname === '/api/audit' && method === 'GET') {
      const get = (name) => url.searchParams.get(name);
      const [type, id, actor] = [get('entityType'), get('entityId'), get('actor')];
      if (type && !db.auditTypes.some((t) => t.entityType === type)) {
        return problem(res, 400, 'validation.failed', 'Some fields are not valid', {
          violations: [{ field: 'entityType', message: 'is not a type the audit log records' }],
        });
      }
      const items = db.audit.filter(
        (e) => (!type || e.entityType === type) && (!id || e.entityId === id) && (!actor || e.actor === actor),
      );
      return send(res, 200, paged(items, url));
    }

    return problem(res, 404, 'http.not-found', 'Not found');
  };

  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      problem(res, 500, 'internal', 'Internal error');
    });
  });
}

/** Starts the mock on 127.0.0.1 (port 0 picks a free one); resolves with its URL and a stop function. */
export async function startMockBackend({ port = 0, distDir } = {}) {
  const server = createMockBackend({ distDir });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return { url, stop: () => new Promise((resolve) => server.close(resolve)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startMockBackend({
    port: Number(process.env.PORT ?? 4180),
    distDir: process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : undefined,
  });
  console.log(`Steward mock backend on ${url} (admin / "${MOCK_PASSWORD}")`);
}
