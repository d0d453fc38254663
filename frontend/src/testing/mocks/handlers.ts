import { http, HttpResponse } from 'msw';

import { isRole, type Role } from '@/config/roles';
import {
  createConstituent,
  createInteraction,
  createRelationshipType,
  createSegment,
  createTask,
  createUser,
  TEST_AUDIT_ENTITY_TYPES,
  type TestConsentEntry,
  type TestConstituent,
  type TestInteraction,
  type TestMerge,
  type TestRef,
  type TestRelationship,
  type TestSegment,
  type TestTask,
  withoutNulls,
} from '@/testing/data-generators';
import type { HouseholdRole } from '@/types/constituents';
import { db } from '@/testing/mocks/db';
import { donationHandlers, givingOf } from '@/testing/mocks/donation-handlers';
import { eventHandlers } from '@/testing/mocks/event-handlers';
import { giftBatchHandlers } from '@/testing/mocks/gift-batch-handlers';
import { recurringGiftHandlers } from '@/testing/mocks/recurring-gift-handlers';
import { pledgeHandlers } from '@/testing/mocks/pledge-handlers';
import { receiptHandlers } from '@/testing/mocks/receipt-handlers';
import { currentUser, problem } from '@/testing/mocks/mock-session';
import { progressHandlers } from '@/testing/mocks/progress-handlers';
import { reportHandlers } from '@/testing/mocks/report-handlers';

// Handlers follow the backend's contract (see src/lib/api-client.ts for the problem format); the
// mocked session is in mock-session.ts.

export { problem } from '@/testing/mocks/mock-session';

function unauthorized() {
  return problem(401, 'auth.unauthenticated', 'Please sign in');
}

function forbidden() {
  return problem(403, 'auth.forbidden', 'Not allowed');
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

  ...progressHandlers,
  ...donationHandlers,
  ...recurringGiftHandlers,
  ...pledgeHandlers,
  ...giftBatchHandlers,
  ...receiptHandlers,
  ...eventHandlers,
  ...reportHandlers,

  http.post('*/api/login', async ({ request }) => {
    const body = (await request.json()) as { username?: string; password?: string };
    const user = db.users.find((candidate) => candidate.username === body.username && candidate.enabled);
    if (!user || db.passwords.get(user.username) !== body.password) {
      return problem(401, 'auth.bad-credentials', 'Invalid username or password');
    }
    if (request.headers.get('X-Steward-Session') === 'cookie') {
      db.sessionUser = user.username;
      document.cookie = `XSRF-TOKEN=xsrf-${user.username}; path=/`;
      return HttpResponse.json({ expires_in: 3600, username: user.username, roles: user.roles });
    }
    return HttpResponse.json({
      access_token: `token-${user.username}`,
      token_type: 'Bearer',
      expires_in: 3600,
      username: user.username,
      roles: user.roles,
    });
  }),

  http.post('*/api/logout', () => {
    db.sessionUser = null;
    document.cookie = 'XSRF-TOKEN=; path=/; max-age=0';
    return new HttpResponse(null, { status: 204 });
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

  http.get('*/api/staff', ({ request }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    if (user.roles.every((role) => role === 'BOARD_MEMBER')) return problem(403, 'auth.forbidden', 'Not allowed');
    return HttpResponse.json(
      db.users
        .filter((member) => member.enabled && member.roles.some((role) => role !== 'BOARD_MEMBER'))
        .map(({ username, displayName }) => ({ username, displayName }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    );
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

  http.get('*/api/audit/entity-types', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    return HttpResponse.json(TEST_AUDIT_ENTITY_TYPES);
  }),

  http.get('*/api/audit/actors', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const names = new Map(db.audit.map((entry) => [entry.actor, entry.actorName ?? entry.actor]));
    return HttpResponse.json(
      [...names].map(([username, displayName]) => ({ username, displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName)),
    );
  }),

  // As the server: an unknown type is refused (400), days are compared in UTC here (the server uses `zone`).
  http.get('*/api/audit', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const url = new URL(request.url);
    const get = (name: string) => url.searchParams.get(name) ?? '';
    const [entityType, entityId, actor, from, to] = ['entityType', 'entityId', 'actor', 'from', 'to'].map(get);
    if (entityType && !TEST_AUDIT_ENTITY_TYPES.some((type) => type.entityType === entityType)) {
      return problem(400, 'validation.failed', 'Some fields are not valid', {
        detail: '1 field needs attention.',
        violations: [{ field: 'entityType', message: 'is not a type the audit log records; use one of: constituent, event, event-registration, gift, user' }],
      });
    }
    const items = db.audit.filter((entry) => {
      const day = entry.occurredAt.slice(0, 10);
      return (
        (!entityType || entry.entityType === entityType) &&
        (!entityId || entry.entityId === entityId) &&
        (!actor || entry.actor === actor) &&
        (!from || day >= from) &&
        (!to || day <= to)
      );
    });
    return HttpResponse.json(page(items, url));
  }),

  // ---- Constituents and saved searches (segments) ----

  http.get('*/api/constituents', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const url = new URL(request.url);
    const items = searchConstituents(url).map(toConstituentListItem);
    return HttpResponse.json({ ...page(items, url), totalCapped: false });
  }),

  // The same-email rule only: enough for the form's check at entry.
  http.post('*/api/constituents/duplicate-check', async ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const body = (await request.json()) as { type?: string; emails?: { address: string }[] };
    const emails = new Set((body.emails ?? []).map((e) => e.address.toLowerCase()));
    const found = db.constituents
      .filter((c) => !c.deleted && c.type === body.type && c.emails.some((e) => emails.has(e.address.toLowerCase())))
      .map((c) => ({ constituent: refOf(c), reasons: ['same-email'] }));
    return HttpResponse.json(found);
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

  // The tags in use (not deleted), most used first then alphabetical; `q` a prefix, any case.
  // A few of the countries the server lists (ISO 3166 code, English name, calling code), by name.
  http.get('*/api/countries', () =>
    HttpResponse.json([
      { code: 'CA', name: 'Canada', callingCode: 1 },
      { code: 'CI', name: 'Côte d’Ivoire', callingCode: 225 },
      { code: 'DE', name: 'Germany', callingCode: 49 },
      { code: 'NZ', name: 'New Zealand', callingCode: 64 },
      { code: 'GB', name: 'United Kingdom', callingCode: 44 },
      { code: 'US', name: 'United States', callingCode: 1 },
    ]),
  ),
  http.get('*/api/constituents/tags', ({ request }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    if (user.roles.every((role) => role === 'BOARD_MEMBER')) return problem(403, 'auth.forbidden', 'Not allowed');
    const url = new URL(request.url);
    const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
    const limit = Number(url.searchParams.get('limit') ?? '20');
    const counts = new Map<string, number>();
    for (const constituent of db.constituents) {
      if (constituent.deleted) continue;
      for (const tag of constituent.tags) {
        if (tag.toLowerCase().startsWith(q)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
    }
    return HttpResponse.json(
      [...counts]
        .map(([tag, count]) => ({ tag, count }))
        .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
        .slice(0, limit),
    );
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

  http.put('*/api/segments/:id', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const index = db.segments.findIndex((s) => s.id === params.id);
    const current = db.segments[index];
    if (!current) return problem(404, 'segments.not-found', 'Segment not found');
    const body = (await request.json()) as Pick<TestSegment, 'name' | 'description' | 'criteria' | 'version'>;
    if (!body.name?.trim()) {
      return problem(400, 'validation.failed', 'Some fields are not valid', {
        violations: [{ field: 'name', message: 'must not be blank' }],
      });
    }
    if (body.version !== current.version) {
      return problem(409, 'common.stale-version', 'Changed by someone else');
    }
    const name = body.name.trim();
    if (db.segments.some((s) => s.id !== current.id && s.name.toLowerCase() === name.toLowerCase())) {
      return problem(409, 'segments.name-taken', 'Segment name taken');
    }
    const updated = {
      ...current,
      name,
      description: body.description,
      criteria: body.criteria,
      version: current.version + 1,
      updatedBy: actor.username,
      updatedAt: new Date().toISOString(),
    };
    db.segments[index] = updated;
    return HttpResponse.json(updated);
  }),

  http.delete('*/api/segments/:id', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const before = db.segments.length;
    db.segments = db.segments.filter((s) => s.id !== params.id);
    return db.segments.length < before
      ? new HttpResponse(null, { status: 204 })
      : problem(404, 'segments.not-found', 'Segment not found');
  }),
  // ---- The 360° view: summary, interactions, tasks, relationships, consent, duplicates, merges ----

  http.get('*/api/constituents/duplicates', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const url = new URL(request.url);
    const name = url.searchParams.get('name')?.toLowerCase();
    const pairs = duplicatePairs().filter(
      (pair) => !name || [pair.a.id, pair.b.id].some((id) => sortNameOf(id).toLowerCase().startsWith(name)),
    );
    return HttpResponse.json(page(pairs, url));
  }),

  http.post('*/api/constituents/:id/not-duplicates', async ({ request, params }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    const body = (await request.json()) as { otherId?: string; reason?: string };
    const other = activeConstituent(body.otherId);
    if (!activeConstituent(params.id)) return constituentNotFound(params.id);
    if (!other) return constituentNotFound(body.otherId);
    const key = [String(params.id), other.id].sort().join('|');
    const created = !db.notDuplicates.has(key);
    db.notDuplicates.add(key);
    return HttpResponse.json(
      { other: refOf(other), reason: body.reason ?? null, createdAt: new Date().toISOString(), createdBy: user.username },
      { status: created ? 201 : 200 },
    );
  }),

  http.get('*/api/constituents/duplicate-rules', ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    return HttpResponse.json([
      { code: 'same-email', description: 'Same email address (ignoring case)', enabled: true },
      { code: 'same-phone', description: 'Same phone number digits (at least 7)', enabled: true },
    ]);
  }),

  http.get('*/api/constituents/:id/summary', ({ request, params }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    const c = activeConstituent(params.id);
    if (!c) return constituentNotFound(params.id);
    const interactions = timelineOf(c);
    const openTasks = db.tasks.filter((t) => t.constituent?.id === c.id && isUnfinished(t));
    return HttpResponse.json({
      profile: { ...c, household: c.household ? { ...c.household, type: 'HOUSEHOLD', deceased: false } : null },
      household: householdOf(c),
      consent: {
        deceased: c.deceased,
        doNotContact: c.doNotContact,
        doNotSolicit: c.doNotSolicit,
        preferences: consentStates(c),
      },
      relationships: relationshipsOf(c.id),
      interactions: { recent: interactions.slice(0, 5).map(withFollowUps), total: interactions.length },
      openTasks: { items: openTasks, total: openTasks.length },
      // Only for the roles that may see gifts, as the backend's GivingSummarySection.
      ...(user.roles.some((role) => role === 'ADMIN' || role === 'DEVELOPMENT_OFFICER') ? { giving: givingOf(c.id) } : {}),
    });
  }),

  http.get('*/api/constituents/:id/interactions', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const c = activeConstituent(params.id);
    if (!c) return constituentNotFound(params.id);
    return HttpResponse.json(page(timelineOf(c), new URL(request.url)));
  }),

  http.get('*/api/interactions/:id', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const found = db.interactions.find((i) => i.id === params.id);
    return found ? HttpResponse.json(withFollowUps(found)) : problem(404, 'interactions.not-found', 'Interaction not found');
  }),

  http.put('*/api/interactions/:id', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const index = db.interactions.findIndex((i) => i.id === params.id);
    const found = db.interactions[index];
    if (!found) return problem(404, 'interactions.not-found', 'Interaction not found');
    if (!isManager(actor.roles) && found.createdBy !== actor.username && found.staffUsername !== actor.username) {
      return problem(403, 'interactions.not-yours', 'Not your interaction');
    }
    const body = (await request.json()) as Pick<
      TestInteraction,
      'channel' | 'direction' | 'subject' | 'notes' | 'occurredAt' | 'staffUsername' | 'version'
    >;
    if (!body.subject?.trim()) {
      return problem(400, 'validation.failed', 'Some fields are not valid', {
        violations: [{ field: 'update.request.subject', message: 'must not be blank' }],
      });
    }
    if (body.version !== found.version) return problem(409, 'common.stale-version', 'Changed by someone else');
    const staff = db.users.find((u) => u.username === body.staffUsername);
    if (!staff && body.staffUsername !== found.staffUsername) {
      return problem(422, 'interactions.unknown-staff', 'Unknown staff member');
    }
    const changed = withoutNulls({
      ...found,
      channel: body.channel,
      direction: body.direction,
      subject: body.subject.trim(),
      notes: body.notes,
      occurredAt: body.occurredAt,
      staffUsername: body.staffUsername,
      staffDisplayName: staff?.displayName ?? found.staffDisplayName,
      version: found.version + 1,
      updatedBy: actor.username,
    });
    db.interactions[index] = changed;
    return HttpResponse.json(withFollowUps(changed));
  }),

  http.delete('*/api/interactions/:id', ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const found = db.interactions.find((i) => i.id === params.id);
    if (!found) return problem(404, 'interactions.not-found', 'Interaction not found');
    if (!isManager(actor.roles) && found.createdBy !== actor.username && found.staffUsername !== actor.username) {
      return problem(403, 'interactions.not-yours', 'Not your interaction');
    }
    db.interactions = db.interactions.filter((i) => i !== found);
    return new HttpResponse(null, { status: 204 });
  }),

  // ---- Household members and their roles ----

  http.post('*/api/constituents/:id/members', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    if (!isManager(actor.roles)) return forbidden();
    const household = activeConstituent(params.id);
    if (!household) return constituentNotFound(params.id);
    if (household.type !== 'HOUSEHOLD') return problem(422, 'constituents.not-a-household', 'Not a household');
    const body = (await request.json()) as { memberId: string; role?: HouseholdRole };
    const member = activeConstituent(body.memberId);
    if (!member) return constituentNotFound(body.memberId);
    if (member.type !== 'INDIVIDUAL') return problem(422, 'constituents.not-an-individual', 'Only individuals join households');
    if (body.role === 'HEAD' && headOf(household.id, member.id)) {
      return problem(422, 'constituents.household-head-taken', 'Household already has a head');
    }
    const already = member.household?.id === household.id;
    member.household = { id: household.id, displayName: household.displayName };
    if (body.role || !already) setRole(member, body.role);
    return HttpResponse.json(householdOf(household));
  }),

  http.put('*/api/constituents/:id/members/:memberId', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    if (!isManager(actor.roles)) return forbidden();
    const household = activeConstituent(params.id);
    if (!household) return constituentNotFound(params.id);
    const member = activeConstituent(params.memberId);
    if (!member || member.household?.id !== household.id) return problem(422, 'constituents.not-a-member', 'Not a member');
    const body = (await request.json()) as { role?: HouseholdRole };
    if (body.role === 'HEAD' && headOf(household.id, member.id)) {
      return problem(422, 'constituents.household-head-taken', 'Household already has a head', {
        detail: `${headOf(household.id, member.id)?.displayName} is the head of this household; give them another role first.`,
      });
    }
    setRole(member, body.role);
    return HttpResponse.json(householdOf(household));
  }),

  http.delete('*/api/constituents/:id/members/:memberId', ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    if (!isManager(actor.roles)) return forbidden();
    const household = activeConstituent(params.id);
    if (!household) return constituentNotFound(params.id);
    const member = activeConstituent(params.memberId);
    if (!member || member.household?.id !== household.id) return problem(422, 'constituents.not-a-member', 'Not a member');
    member.household = null;
    setRole(member, undefined);
    return HttpResponse.json(householdOf(household));
  }),

  http.post('*/api/constituents/:id/interactions', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const c = activeConstituent(params.id);
    if (!c) return constituentNotFound();
    const body = (await request.json()) as {
      channel: TestInteraction['channel'];
      direction: TestInteraction['direction'];
      subject: string;
      notes: string | null;
      occurredAt: string | null;
      followUp: { title: string; notes: string | null; assignee: string; dueDate: string } | null;
    };
    if (!body.subject?.trim()) {
      return problem(400, 'validation.failed', 'Some fields are not valid', {
        violations: [{ field: 'log.request.subject', message: 'must not be blank' }],
      });
    }
    const interaction = createInteraction({
      constituentId: c.id,
      channel: body.channel,
      direction: body.direction,
      subject: body.subject,
      notes: body.notes,
      occurredAt: body.occurredAt ?? new Date().toISOString(),
      staffUsername: actor.username,
      staffDisplayName: actor.displayName,
      createdBy: actor.username,
    });
    db.interactions.push(interaction);
    if (body.followUp) {
      const assignee = db.users.find((u) => u.username === body.followUp?.assignee);
      if (!assignee) return problem(422, 'tasks.unknown-assignee', 'Unknown assignee');
      const task = createTask({
        constituent: refOf(c),
        interactionId: interaction.id,
        title: body.followUp.title,
        notes: body.followUp.notes,
        assignee: assignee.username,
        assigneeDisplayName: assignee.displayName,
        dueDate: body.followUp.dueDate,
        createdBy: actor.username,
      });
      db.tasks.push(task);
      return HttpResponse.json({ ...interaction, followUpTasks: [task], followUpTask: task }, { status: 201 });
    }
    return HttpResponse.json(interaction, { status: 201 });
  }),

  http.get('*/api/tasks/mine', ({ request }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const all = new URL(request.url).searchParams.get('status') === 'ALL';
    const items = db.tasks.filter((t) => t.assignee === actor.username && (all || isUnfinished(t))).sort(byWorkOrder);
    return HttpResponse.json(page(items, new URL(request.url)));
  }),

  http.get('*/api/tasks/team', ({ request }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    if (!isManager(actor.roles)) return forbidden();
    const perAssignee = Number(new URL(request.url).searchParams.get('perAssignee') ?? '10');
    const open = db.tasks.filter(isUnfinished).sort(byWorkOrder);
    const assignees = [...new Set(open.map((t) => t.assignee))]
      .map((assignee) => {
        const theirs = open.filter((t) => t.assignee === assignee);
        return {
          assignee,
          assigneeDisplayName: displayNameOf(assignee),
          open: theirs.length,
          overdue: theirs.filter((t) => t.overdue).length,
          tasks: theirs.slice(0, perAssignee),
        };
      })
      .sort((a, b) => b.overdue - a.overdue || a.assigneeDisplayName.localeCompare(b.assigneeDisplayName));
    return HttpResponse.json({ assignees, open: open.length, overdue: open.filter((t) => t.overdue).length });
  }),

  http.get('*/api/tasks/:id', ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const task = db.tasks.find((t) => t.id === params.id);
    if (!task) return problem(404, 'tasks.not-found', 'Task not found');
    if (!isManager(actor.roles) && task.assignee !== actor.username) return problem(403, 'tasks.not-yours', 'Not your task');
    return HttpResponse.json(task);
  }),

  http.get('*/api/tasks', ({ request }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    if (!isManager(actor.roles)) return forbidden();
    const url = new URL(request.url);
    const assignee = url.searchParams.get('assignee');
    const all = url.searchParams.get('status') === 'ALL';
    const items = db.tasks
      .filter((t) => (!assignee || t.assignee === assignee) && (all || isUnfinished(t)))
      .sort(byWorkOrder);
    return HttpResponse.json(page(items, url));
  }),

  http.post('*/api/tasks', async ({ request }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    if (actor.roles.every((role) => role === 'BOARD_MEMBER')) return forbidden();
    const body = (await request.json()) as {
      title?: string;
      notes?: string;
      assignee?: string;
      dueDate?: string;
      constituentId?: string;
    };
    if (!body.title?.trim() || !body.assignee) {
      return problem(400, 'validation.failed', 'Some fields are not valid', {
        violations: [
          ...(body.title?.trim() ? [] : [{ field: 'create.request.title', message: 'must not be blank' }]),
          ...(body.assignee ? [] : [{ field: 'create.request.assignee', message: 'must not be blank' }]),
        ],
      });
    }
    const assignee = db.users.find((u) => u.username === body.assignee && u.enabled);
    if (!assignee) return problem(422, 'tasks.unknown-assignee', 'Unknown assignee');
    const about = body.constituentId ? activeConstituent(body.constituentId) : undefined;
    if (body.constituentId && !about) return constituentNotFound(body.constituentId);
    const task = createTask({
      title: body.title.trim(),
      notes: body.notes,
      assignee: assignee.username,
      assigneeDisplayName: assignee.displayName,
      dueDate: body.dueDate,
      constituent: about ? refOf(about) : undefined,
      overdue: isOverdue('OPEN', body.dueDate),
      createdBy: actor.username,
      updatedBy: actor.username,
    });
    if (!body.dueDate) delete task.dueDate;
    db.tasks.push(task);
    return HttpResponse.json(task, { status: 201, headers: { Location: `/api/tasks/${task.id}` } });
  }),

  http.put('*/api/tasks/:id', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const index = db.tasks.findIndex((t) => t.id === params.id);
    const task = db.tasks[index];
    if (!task) return problem(404, 'tasks.not-found', 'Task not found');
    const manager = isManager(actor.roles);
    if (!manager && task.assignee !== actor.username) return problem(403, 'tasks.not-yours', 'Not your task');
    const body = (await request.json()) as Pick<TestTask, 'title' | 'notes' | 'assignee' | 'dueDate' | 'status' | 'version'>;
    const onlyStatus =
      body.title === task.title &&
      (body.notes ?? null) === (task.notes ?? null) &&
      (body.dueDate ?? null) === (task.dueDate ?? null) &&
      body.assignee === task.assignee;
    if (!manager && !onlyStatus) return problem(403, 'tasks.status-only', 'Only the status may change');
    if (body.version !== task.version) return problem(409, 'common.stale-version', 'Changed by someone else');
    const assignee = db.users.find((u) => u.username === body.assignee);
    if (body.assignee !== task.assignee && !assignee?.enabled) return problem(422, 'tasks.unknown-assignee', 'Unknown assignee');
    const unfinished = body.status === 'OPEN' || body.status === 'IN_PROGRESS';
    const changed = withoutNulls({
      ...task,
      title: body.title,
      notes: body.notes,
      assignee: body.assignee,
      assigneeDisplayName: assignee?.displayName ?? task.assigneeDisplayName,
      dueDate: body.dueDate,
      status: body.status,
      // The seeded flag stands for "due before today"; a new due date is compared with today.
      overdue: (body.dueDate ?? null) === (task.dueDate ?? null) ? task.overdue && unfinished : isOverdue(body.status, body.dueDate),
      completedAt: body.status === 'DONE' ? new Date().toISOString() : null,
      version: task.version + 1,
      updatedBy: actor.username,
    });
    db.tasks[index] = changed;
    return HttpResponse.json(changed);
  }),

  http.get('*/api/relationship-types', ({ request }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    if (user.roles.every((role) => role === 'BOARD_MEMBER')) return forbidden();
    const activeOnly = new URL(request.url).searchParams.get('active') === 'true';
    return HttpResponse.json(
      db.relationshipTypes
        .filter((type) => !activeOnly || type.active)
        .sort((a, b) => a.label.localeCompare(b.label)),
    );
  }),

  http.post('*/api/relationship-types', async ({ request }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    if (!user.roles.includes('ADMIN')) return forbidden();
    const body = (await request.json()) as { label?: string; inverseLabel?: string | null; symmetric?: boolean };
    const label = body.label?.trim() ?? '';
    if (!label) {
      return problem(400, 'validation.failed', 'Some fields are not valid', {
        violations: [{ field: 'create.request.label', message: 'must not be blank' }],
      });
    }
    const symmetric = body.symmetric === true;
    const inverseLabel = symmetric ? label : body.inverseLabel?.trim();
    if (!inverseLabel) return problem(422, 'relationships.inverse-label-required', 'Inverse label required');
    const type = createRelationshipType({ label, inverseLabel, symmetric });
    if (db.relationshipTypes.some((existing) => existing.code === type.code)) {
      return problem(409, 'relationships.type-exists', 'Relationship type exists');
    }
    if (labelTaken(label, type.code)) return problem(409, 'relationships.label-taken', 'Label in use');
    db.relationshipTypes.push(type);
    return HttpResponse.json(type, { status: 201 });
  }),

  http.put('*/api/relationship-types/:code', async ({ request, params }) => {
    const user = currentUser(request);
    if (!user) return unauthorized();
    if (!user.roles.includes('ADMIN')) return forbidden();
    const type = db.relationshipTypes.find((candidate) => candidate.code === params.code);
    if (!type) return problem(404, 'relationships.type-not-found', 'Relationship type not found');
    if (type.builtIn) return problem(422, 'relationships.type-built-in', 'Built-in relationship type');
    const body = (await request.json()) as { label: string; inverseLabel: string | null; active: boolean; version: number };
    if (body.version !== type.version) return problem(409, 'common.stale-version', 'Changed by someone else');
    const inverseLabel = type.symmetric ? body.label.trim() : body.inverseLabel?.trim();
    if (!inverseLabel) return problem(422, 'relationships.inverse-label-required', 'Inverse label required');
    if (labelTaken(body.label.trim(), type.code)) return problem(409, 'relationships.label-taken', 'Label in use');
    Object.assign(type, { label: body.label.trim(), inverseLabel, active: body.active, version: type.version + 1 });
    return HttpResponse.json(type);
  }),

  http.post('*/api/relationships', async ({ request }) => {
    if (!currentUser(request)) return unauthorized();
    const body = (await request.json()) as Pick<TestRelationship, 'fromId' | 'toId' | 'type' | 'startDate' | 'notes'>;
    const type = db.relationshipTypes.find((candidate) => candidate.code === body.type && candidate.active);
    if (!type) return problem(422, 'relationships.unknown-type', 'Unknown relationship type');
    if (body.fromId === body.toId) return problem(422, 'relationships.self', 'Same constituent');
    const relationship: TestRelationship = {
      id: crypto.randomUUID(),
      fromId: body.fromId,
      toId: body.toId,
      type: type.code,
      label: type.label,
      inverseLabel: type.inverseLabel,
      startDate: body.startDate ?? null,
      endDate: null,
      active: true,
      notes: body.notes ?? null,
      version: 0,
    };
    db.relationships.push(relationship);
    return HttpResponse.json(relationship, { status: 201 });
  }),

  http.get('*/api/constituents/:id/network', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const c = activeConstituent(params.id);
    if (!c) return constituentNotFound();
    const edges = db.relationships.filter((r) => r.fromId === c.id || r.toId === c.id);
    const others = edges.map((r) => (r.fromId === c.id ? r.toId : r.fromId));
    const nodes = [c.id, ...new Set(others)]
      .map((id) => activeConstituent(id))
      .filter((node): node is TestConstituent => node !== undefined)
      .map((node) => ({ ...refOf(node), depth: node.id === c.id ? 0 : 1 }));
    return HttpResponse.json({ nodes, edges, truncated: false });
  }),

  http.get('*/api/constituents/:id/consents', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    return HttpResponse.json(
      db.consents
        .filter((entry) => entry.constituentId === params.id)
        .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)),
    );
  }),

  http.post('*/api/constituents/:id/consents', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const body = (await request.json()) as Omit<TestConsentEntry, 'id' | 'constituentId' | 'recordedAt' | 'recordedBy'>;
    const entry: TestConsentEntry = {
      ...body,
      id: crypto.randomUUID(),
      constituentId: String(params.id),
      effectiveDate: body.effectiveDate ?? new Date().toISOString().slice(0, 10),
      recordedAt: new Date().toISOString(),
      recordedBy: actor.username,
    };
    db.consents.push(entry);
    return HttpResponse.json(entry, { status: 201 });
  }),

  http.get('*/api/constituents/:id/duplicates', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const pairs = duplicatePairs()
      .filter((pair) => pair.a.id === params.id || pair.b.id === params.id)
      .map((pair) => (pair.a.id === params.id ? pair : { ...pair, a: pair.b, b: pair.a }));
    return HttpResponse.json(pairs);
  }),

  http.get('*/api/constituents/:id/merge-preview', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const survivor = activeConstituent(params.id);
    const duplicate = activeConstituent(new URL(request.url).searchParams.get('duplicateId'));
    if (!survivor || !duplicate) return constituentNotFound();
    if (survivor.type !== duplicate.type) return problem(422, 'constituents.merge-type-mismatch', 'Types differ');
    const moves = mergeMoves(survivor, duplicate);
    return HttpResponse.json({
      survivor,
      duplicate,
      fields: survivor.birthDate || !duplicate.birthDate
        ? []
        : [{ field: 'birthDate', survivorValue: null, duplicateValue: duplicate.birthDate }],
      moves: { ...moves, phones: [], addresses: [], externalIds: [] },
      household: { action: 'NONE', household: null, members: 0 },
      participants: [
        { name: 'interactions', count: db.interactions.filter((i) => i.constituentId === duplicate.id).length },
        { name: 'relationships', count: db.relationships.filter((r) => r.fromId === duplicate.id || r.toId === duplicate.id).length },
      ],
      // as the server: the fields both hold with different values, and differing primary emails
      choices: [
        ...(['firstName', 'lastName', 'birthDate'] as const)
          .filter((field) => survivor[field] && duplicate[field] && survivor[field] !== duplicate[field])
          .map((field) => ({ field, survivorValue: survivor[field], duplicateValue: duplicate[field] })),
        ...mergeChoiceOfPrimaryEmail(survivor, duplicate),
      ],
    });
  }),

  http.post('*/api/constituents/:id/merge', async ({ request, params }) => {
    const actor = currentUser(request);
    if (!actor) return unauthorized();
    const body = (await request.json()) as {
      duplicateId: string;
      version: number | null;
      reason: string | null;
      fromDuplicate?: string[];
    };
    const survivor = activeConstituent(params.id);
    const duplicate = db.constituents.find((c) => c.id === body.duplicateId);
    if (!survivor || !duplicate) return constituentNotFound();
    if (duplicate.deleted) return problem(409, 'constituents.already-merged', 'Already merged');
    if (body.version != null && body.version !== survivor.version) {
      return problem(409, 'common.stale-version', 'Changed by someone else');
    }
    const moves = mergeMoves(survivor, duplicate);
    for (const field of body.fromDuplicate ?? []) {
      if (field === 'firstName' || field === 'lastName' || field === 'birthDate') {
        Object.assign(survivor, { [field]: duplicate[field] });
      }
    }
    survivor.emails = [...survivor.emails, ...moves.emails];
    if (body.fromDuplicate?.includes('primaryEmail')) {
      const wanted = duplicate.emails.find((e) => e.primary)?.address.toLowerCase();
      survivor.emails = survivor.emails.map((e) => ({ ...e, primary: e.address.toLowerCase() === wanted }));
    }
    survivor.tags = [...survivor.tags, ...moves.tags];
    survivor.version += 1;
    const moved = db.interactions.filter((i) => i.constituentId === duplicate.id);
    moved.forEach((i) => (i.constituentId = survivor.id));
    Object.assign(duplicate, { deleted: true, deletedAt: new Date().toISOString(), mergedInto: survivor.id });
    const merge: TestMerge = {
      id: crypto.randomUUID(),
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      mergedAt: new Date().toISOString(),
      mergedBy: actor.username,
      undoneAt: null,
      undoneBy: null,
      filledFields: [],
      moved: { emails: moves.emails.length, interactions: moved.length },
    };
    db.merges.push(merge);
    return HttpResponse.json({ mergeId: merge.id, survivor });
  }),

  http.get('*/api/constituents/:id/merges', ({ request, params }) => {
    if (!currentUser(request)) return unauthorized();
    const ref = (id: string) => {
      const c = db.constituents.find((candidate) => candidate.id === id);
      return c ? refOf(c) : { id, type: 'INDIVIDUAL', displayName: 'Unknown', deceased: false };
    };
    return HttpResponse.json(
      db.merges
        .filter((m) => m.survivorId === params.id || m.duplicateId === params.id)
        .map(({ survivorId, duplicateId, ...rest }) => ({ ...rest, survivor: ref(survivorId), duplicate: ref(duplicateId) })),
    );
  }),

];

// ---- Constituent helpers (a small model of the backend's search and rules) ----

function mergeChoiceOfPrimaryEmail(survivor: TestConstituent, duplicate: TestConstituent) {
  const mine = survivor.emails.find((e) => e.primary)?.address;
  const theirs = duplicate.emails.find((e) => e.primary)?.address;
  return mine && theirs && mine.toLowerCase() !== theirs.toLowerCase()
    ? [{ field: 'primaryEmail', survivorValue: mine, duplicateValue: theirs }]
    : [];
}

function isUuid(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Like the backend: a merged record's 404 names the survivor (`mergedInto`). */
function constituentNotFound(id?: unknown) {
  const merged = db.constituents.find((c) => c.id === id && c.deleted && c.mergedInto);
  if (merged) {
    return problem(404, 'constituents.merged', 'Constituent was merged', { mergedInto: merged.mergedInto });
  }
  return problem(404, 'constituents.not-found', 'Constituent not found');
}

function toConstituentListItem(c: TestConstituent) {
  const primary = <T extends { primary: boolean }>(items: T[]) => items.find((item) => item.primary) ?? null;
  const address = primary(c.addresses);
  return {
    id: c.id,
    type: c.type,
    displayName: c.displayName,
    sortName: c.type === 'INDIVIDUAL' && c.lastName && c.firstName ? `${c.lastName}, ${c.firstName}` : c.displayName,
    primaryEmail: primary(c.emails)?.address ?? null,
    primaryPhone: primary(c.phones)?.number ?? null,
    city: address?.city ?? null,
    postalCode: address?.postalCode ?? null,
    deceased: c.deceased,
    doNotContact: c.doNotContact,
    deleted: c.deleted,
    updatedAt: c.updatedAt,
    tags: [...c.tags].sort(),
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

// ---- 360° view helpers ----

function activeConstituent(id: unknown): TestConstituent | undefined {
  return db.constituents.find((c) => c.id === id && !c.deleted);
}

function refOf(c: TestConstituent): TestRef {
  return { id: c.id, type: c.type, displayName: c.displayName, deceased: c.deceased };
}

/** Another relationship type already reads so (ignoring case). */
function labelTaken(label: string, code: string): boolean {
  return db.relationshipTypes.some((other) => other.code !== code && other.label.toLowerCase() === label.toLowerCase());
}

function isManager(roles: readonly string[]): boolean {
  return roles.some((role) => role === 'ADMIN' || role === 'DEVELOPMENT_OFFICER');
}

function displayNameOf(username: string): string {
  return db.users.find((u) => u.username === username && u.enabled)?.displayName ?? username;
}

/** Overdue first, then by due date, undated last (the API's work order). */
function byWorkOrder(a: TestTask, b: TestTask): number {
  return Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
}

function isOverdue(status: TestTask['status'], dueDate: string | null | undefined): boolean {
  return (status === 'OPEN' || status === 'IN_PROGRESS') && !!dueDate && dueDate < new Date().toISOString().slice(0, 10);
}

/** A constituent's timeline, newest first; a household's with its current members' interactions, labelled. */
function timelineOf(c: TestConstituent): TestInteraction[] {
  const members =
    c.type === 'HOUSEHOLD' ? db.constituents.filter((m) => !m.deleted && m.household?.id === c.id) : [];
  return db.interactions
    .flatMap((i) => {
      if (i.constituentId === c.id) return [withFollowUps(i)];
      const member = members.find((m) => m.id === i.constituentId);
      return member ? [{ ...withFollowUps(i), member: refOf(member) }] : [];
    })
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

/** The current head of the household other than `except`, if any. */
function headOf(householdId: string, except: string): TestConstituent | undefined {
  return db.constituents.find(
    (m) => !m.deleted && m.id !== except && m.household?.id === householdId && db.householdRoles.get(m.id) === 'HEAD',
  );
}

function setRole(member: TestConstituent, role: HouseholdRole | undefined) {
  if (role) db.householdRoles.set(member.id, role);
  else db.householdRoles.delete(member.id);
}

function roleRank(member: TestConstituent): number {
  const role = db.householdRoles.get(member.id);
  return role ? ROLE_ORDER[role] : 4;
}

const ROLE_ORDER: Record<HouseholdRole, number> = { HEAD: 0, SPOUSE_PARTNER: 1, CHILD: 2, OTHER: 3 };

/** An interaction as the API reads it back: with its follow-up tasks. */
function withFollowUps(interaction: TestInteraction): TestInteraction {
  return { ...interaction, followUpTasks: db.tasks.filter((t) => t.interactionId === interaction.id) };
}

function isUnfinished(task: TestTask): boolean {
  return task.status === 'OPEN' || task.status === 'IN_PROGRESS';
}

function householdOf(c: TestConstituent) {
  const household = c.type === 'HOUSEHOLD' ? c : c.household ? activeConstituent(c.household.id) : undefined;
  if (!household) return null;
  return {
    household: refOf(household),
    formalSalutation: household.formalSalutation,
    informalSalutation: household.informalSalutation,
    members: db.constituents
      .filter((member) => !member.deleted && member.household?.id === household.id)
      .sort((a, b) => roleRank(a) - roleRank(b))
      .map((member) => withoutNulls({ member: refOf(member), since: '2026-01-01', role: db.householdRoles.get(member.id) })),
  };
}

function consentStates(c: TestConstituent) {
  const channels = ['EMAIL', 'MAIL', 'PHONE', 'SMS'] as const;
  const purposes = ['FUNDRAISING', 'NEWSLETTERS', 'EVENTS'] as const;
  const ledger = db.consents
    .filter((entry) => entry.constituentId === c.id)
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return channels.flatMap((channel) =>
    purposes.map((purpose) => {
      const latest = ledger.find((entry) => entry.channel === channel && entry.purpose === purpose);
      const contactable =
        !c.deceased &&
        !c.doNotContact &&
        !(c.doNotSolicit && purpose === 'FUNDRAISING') &&
        latest?.status !== 'OPT_OUT';
      return { channel, purpose, status: latest?.status ?? null, since: latest?.effectiveDate ?? null, contactable };
    }),
  );
}

function relationshipsOf(id: string) {
  return db.relationships
    .filter((r) => r.fromId === id || r.toId === id)
    .flatMap((r) => {
      const outgoing = r.fromId === id;
      const other = activeConstituent(outgoing ? r.toId : r.fromId);
      if (!other) return [];
      return [
        {
          id: r.id,
          type: r.type,
          label: outgoing ? r.label : r.inverseLabel,
          other: refOf(other),
          direction: outgoing ? 'OUTGOING' : 'INCOMING',
          startDate: r.startDate,
          endDate: r.endDate,
          active: r.active,
          notes: r.notes,
          version: r.version,
        },
      ];
    });
}

/** The same-email rule over active constituents of the same type. */
/** "Last, First" for a person, the name itself for a household or organization, as the API sorts them. */
function sortNameOf(id: string) {
  const c = db.constituents.find((candidate) => candidate.id === id);
  if (!c) return '';
  return c.lastName ? `${c.lastName}, ${c.firstName ?? ''}`.trim() : (c.name ?? '');
}

function duplicatePairs() {
  const active = db.constituents.filter((c) => !c.deleted);
  const pairs: { a: TestRef; b: TestRef; reasons: string[]; score: number }[] = [];
  active.forEach((a, index) => {
    for (const b of active.slice(index + 1)) {
      const emails = new Set(a.emails.map((e) => e.address.toLowerCase()));
      const dismissed = db.notDuplicates.has([a.id, b.id].sort().join('|'));
      if (!dismissed && a.type === b.type && b.emails.some((e) => emails.has(e.address.toLowerCase()))) {
        pairs.push({ a: refOf(a), b: refOf(b), reasons: ['same-email'], score: 1 });
      }
    }
  });
  return pairs;
}

/** The duplicate's emails and tags the survivor does not have yet (they would move). */
function mergeMoves(survivor: TestConstituent, duplicate: TestConstituent) {
  const known = new Set(survivor.emails.map((e) => e.address.toLowerCase()));
  return {
    emails: duplicate.emails
      .filter((e) => !known.has(e.address.toLowerCase()))
      .map((e) => ({ ...e, primary: false })),
    tags: duplicate.tags.filter((tag) => !survivor.tags.includes(tag)),
  };
}
