import { notifications } from '@mantine/notifications';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { ApiError, apiDownload, apiRequest, fileNameOf, parseProblem } from '@/lib/api-client';
import { getSession } from '@/lib/session';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { signInAs } from '@/testing/test-utils';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('parseProblem', () => {
  it('reads every member of a problem', () => {
    const parsed = parseProblem(
      {
        type: 'https://steward.example/problems/validation',
        title: 'Validation failed',
        status: 400,
        detail: 'Two fields are invalid',
        instance: '/api/users',
        code: 'validation.failed',
        violations: [{ field: 'username', message: 'must not be blank' }, { nonsense: true }],
      },
      400,
    );
    expect(parsed).toEqual({
      type: 'https://steward.example/problems/validation',
      title: 'Validation failed',
      status: 400,
      detail: 'Two fields are invalid',
      instance: '/api/users',
      code: 'validation.failed',
      violations: [{ field: 'username', message: 'must not be blank' }],
    });
  });

  it('keeps plain extension members beside the standard ones', () => {
    const parsed = parseProblem(
      { title: 'Constituent was merged', status: 404, code: 'constituents.merged', mergedInto: 'abc', nested: { x: 1 } },
      404,
    );
    expect(parsed.extensions).toEqual({ mergedInto: 'abc' });
    expect(parsed.structured).toEqual({ nested: { x: 1 } });
    expect(parseProblem({ title: 'Not found', status: 404, code: 'x.not-found' }, 404).extensions).toBeUndefined();
  });

  it('falls back to the status line for a body that is not a problem', () => {
    expect(parseProblem('<html>Bad gateway</html>', 502, 'Bad Gateway')).toEqual({
      title: 'Bad Gateway',
      status: 502,
      code: 'http.502',
    });
    expect(parseProblem({ title: '' }, 500)).toMatchObject({
      title: 'Request failed with status 500',
      code: 'http.500',
    });
  });
});

describe('apiRequest', () => {
  it('relies on the session cookie: sends credentials, no bearer token, and parses JSON', async () => {
    signInAs('admin', ['ADMIN']);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    let authorization: string | null = 'unset';
    let xsrf: string | null = 'unset';
    server.use(
      http.get('*/api/things', ({ request }) => {
        authorization = request.headers.get('Authorization');
        xsrf = request.headers.get('X-XSRF-TOKEN');
        return HttpResponse.json({ ok: true });
      }),
    );

    await expect(apiRequest('/api/things')).resolves.toEqual({ ok: true });
    expect(authorization).toBeNull();
    expect(xsrf).toBeNull();
    expect(fetchSpy.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin' });
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain('token');
  });

  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on writes', async () => {
    signInAs('admin', ['ADMIN']);
    const seen: Record<string, string | null> = {};
    const record = (method: string) => ({ request }: { request: Request }) => {
      seen[method] = request.headers.get('X-XSRF-TOKEN');
      return new HttpResponse(null, { status: 204 });
    };
    server.use(
      http.post('*/api/things', record('POST')),
      http.put('*/api/things', record('PUT')),
      http.patch('*/api/things', record('PATCH')),
      http.delete('*/api/things', record('DELETE')),
    );

    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      await apiRequest('/api/things', { method, body: method === 'DELETE' ? undefined : {} });
    }
    expect(seen).toEqual({ POST: 'xsrf-admin', PUT: 'xsrf-admin', PATCH: 'xsrf-admin', DELETE: 'xsrf-admin' });
  });

  it('adds only the query parameters that have a value', async () => {
    let search = '';
    server.use(
      http.get('*/api/things', ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json([]);
      }),
    );

    await apiRequest('/api/things', { query: { page: 0, size: 25, entityType: '', entityId: undefined } });
    expect(search).toBe('?page=0&size=25');
  });

  it('resolves a 204 with undefined', async () => {
    server.use(http.put('*/api/things', () => new HttpResponse(null, { status: 204 })));
    await expect(apiRequest('/api/things', { method: 'PUT', body: {} })).resolves.toBeUndefined();
  });

  it('rejects with the parsed problem and shows it once', async () => {
    const show = vi.spyOn(notifications, 'show');
    server.use(
      http.post('*/api/users/:id/disable', () =>
        problem(422, 'users.last-admin', 'Last administrator', {
          detail: 'At least one enabled administrator must remain.',
        }),
      ),
    );

    const error = await failure(apiRequest('/api/users/1/disable', { method: 'POST' }));

    expect(error.status).toBe(422);
    expect(error.code).toBe('users.last-admin');
    expect(error.violations).toEqual([]);
    expect(show).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Last administrator',
        message: 'At least one enabled administrator must remain.',
      }),
    );
  });

  it('exposes violations', async () => {
    server.use(
      http.post('*/api/users', () =>
        problem(400, 'validation.failed', 'Validation failed', {
          violations: [{ field: 'password', message: 'size must be at least 12' }],
        }),
      ),
    );

    const error = await failure(apiRequest('/api/users', { method: 'POST', body: {} }));
    expect(error.violations).toEqual([{ field: 'password', message: 'size must be at least 12' }]);
  });

  it('shows nothing when the caller asks for silence', async () => {
    const show = vi.spyOn(notifications, 'show');
    server.use(http.get('*/api/things', () => problem(404, 'things.not-found', 'Not found')));

    await failure(apiRequest('/api/things', { silent: true }));
    expect(show).not.toHaveBeenCalled();
  });

  it('ends the session on a 401', async () => {
    signInAs('admin', ['ADMIN']);
    server.use(http.get('*/api/things', () => problem(401, 'auth.unauthenticated', 'Please sign in')));

    const error = await failure(apiRequest('/api/things'));
    expect(error.status).toBe(401);
    expect(getSession()).toBeNull();
  });

  it('keeps the session on a 401 from an anonymous call (the login)', async () => {
    signInAs('admin', ['ADMIN']);
    let authorization: string | null = 'unset';
    server.use(
      http.post('*/api/login', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return problem(401, 'auth.bad-credentials', 'Invalid username or password');
      }),
    );

    const error = await failure(
      apiRequest('/api/login', { method: 'POST', body: {}, anonymous: true, silent: true }),
    );
    expect(error.code).toBe('auth.bad-credentials');
    expect(authorization).toBeNull();
    expect(getSession()).not.toBeNull();
  });

  it('turns a response that is not a problem into one', async () => {
    server.use(
      http.get('*/api/things', () =>
        new HttpResponse('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
      ),
    );

    const error = await failure(apiRequest('/api/things'));
    expect(error.problem).toEqual({ title: 'Bad Gateway', status: 502, code: 'http.502' });
  });

  it('reports an unreachable server as status 0', async () => {
    server.use(http.get('*/api/things', () => HttpResponse.error()));

    const error = await failure(apiRequest('/api/things'));
    expect(error.status).toBe(0);
    expect(error.code).toBe('network.unreachable');
  });
});

describe('apiDownload', () => {
  it('fetches a file with the session cookie and the offered file name', async () => {
    signInAs('admin', ['ADMIN']);
    let accept: string | null = null;
    let authorization: string | null = 'unset';
    server.use(
      http.get('*/api/files/1', ({ request }) => {
        accept = request.headers.get('Accept');
        authorization = request.headers.get('Authorization');
        return new HttpResponse('%PDF-1.4 test', {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="receipt-2026-000001.pdf"' },
        });
      }),
    );

    const file = await apiDownload('/api/files/1', { accept: 'application/pdf' });
    expect(file.fileName).toBe('receipt-2026-000001.pdf');
    expect(await file.blob.text()).toBe('%PDF-1.4 test');
    expect(accept).toBe('application/pdf, application/problem+json');
    expect(authorization).toBeNull();
  });

  it('rejects with the problem the server sent', async () => {
    signInAs('admin', ['ADMIN']);
    server.use(http.get('*/api/files/2', () => problem(404, 'donations.receipt-not-found', 'Receipt not found')));
    const error = await apiDownload('/api/files/2', { silent: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('donations.receipt-not-found');
  });

  it('reads plain and encoded file names', () => {
    expect(fileNameOf('attachment; filename="a b.pdf"')).toBe('a b.pdf');
    expect(fileNameOf('attachment; filename=plain.pdf')).toBe('plain.pdf');
    expect(fileNameOf("attachment; filename=\"x.pdf\"; filename*=UTF-8''re%C3%A7u.pdf")).toBe('reçu.pdf');
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('inline')).toBeNull();
  });
});
