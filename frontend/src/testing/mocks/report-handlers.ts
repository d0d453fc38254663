import { http, HttpResponse, type DefaultBodyType, type StrictRequest } from 'msw';

import {
  createRun,
  createWhy,
  defaultCatalogue,
  defaultReportData,
  reportId,
  type TestReportData,
  type TestReportDefinition,
  type TestRun,
  type TestSchedule,
  type TestWhy,
} from '@/testing/report-generators';
import { currentUser, problem } from '@/testing/mocks/mock-session';

// The reports module as issue 18's contract describes it: the catalogue, reports as JSON pages or files, the "why"
// drill-down, schedules with their runs, and the board's names setting. Reports answer from `reportsDb.data`; the
// mock only pages, hides names and checks a few parameters.

type ReportsMockDb = {
  catalogue: TestReportDefinition[];
  data: Record<string, TestReportData>;
  why: Record<string, TestWhy>;
  schedules: TestSchedule[];
  runs: TestRun[];
  settings: { boardSeesDonorNames: boolean; version: number };
  /** Every report request as the mock received it (path and query). */
  requests: URL[];
  /** The bodies of schedule creations and changes. */
  scheduleBodies: Record<string, unknown>[];
};

function empty(): ReportsMockDb {
  return {
    catalogue: defaultCatalogue(),
    data: defaultReportData(),
    why: { [createWhy().constituentId]: createWhy() },
    schedules: [],
    runs: [],
    settings: { boardSeesDonorNames: false, version: 0 },
    requests: [],
    scheduleBodies: [],
  };
}

export const reportsDb: ReportsMockDb = empty();

export function resetReportsDb(): void {
  Object.assign(reportsDb, empty());
}

const ALL_REPORTS = ['ADMIN', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER'];
const SCHEDULERS = ['ADMIN', 'BOARD_MEMBER'];
const EVENT_ATTENDANCE = 'event-attendance';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type User = NonNullable<ReturnType<typeof currentUser>>;

function signedIn(request: StrictRequest<DefaultBodyType>): User | Response {
  const user = currentUser(request);
  return user ?? problem(401, 'auth.unauthenticated', 'Please sign in');
}

const has = (user: User, roles: string[]) => user.roles.some((role) => roles.includes(role));

function mayRun(user: User, name: string): boolean {
  return has(user, ALL_REPORTS) || (name === EVENT_ATTENDANCE && has(user, ['EVENT_COORDINATOR']));
}

function namesHiddenFor(user: User, report: TestReportDefinition): boolean {
  return (
    report.namedDonors &&
    !reportsDb.settings.boardSeesDonorNames &&
    has(user, ['BOARD_MEMBER']) &&
    !has(user, ['ADMIN', 'DEVELOPMENT_OFFICER'])
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** The parameters as the report used them, or the violations of those it cannot take. */
function effectiveParameters(url: URL) {
  const get = (name: string) => url.searchParams.get(name) || null;
  const violations: { field: string; message: string }[] = [];
  const asOf = get('asOf') ?? today();
  if (!DATE.test(asOf)) violations.push({ field: 'asOf', message: 'must be a date (YYYY-MM-DD)' });
  const yearBasis = get('yearBasis') ?? 'CALENDAR';
  if (!['CALENDAR', 'FISCAL'].includes(yearBasis)) violations.push({ field: 'yearBasis', message: 'must be CALENDAR or FISCAL' });
  const fiscalYearStart = yearBasis === 'FISCAL' ? (get('fiscalYearStart') ?? '07-01') : null;
  const creditBasis = get('creditBasis') ?? 'HARD';
  if (!['HARD', 'HARD_PLUS_SOFT', 'HOUSEHOLD'].includes(creditBasis)) {
    violations.push({ field: 'creditBasis', message: 'must be HARD, HARD_PLUS_SOFT or HOUSEHOLD' });
  }
  const kinds = get('kinds') ?? 'ONE_TIME,RECURRING_PAYMENT,PLEDGE_PAYMENT,IN_KIND';
  const bands = get('bands');
  if (bands && !/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/.test(bands)) violations.push({ field: 'bands', message: 'must be amounts separated by commas' });
  return { parameters: { asOf, yearBasis, fiscalYearStart, creditBasis, kinds }, violations };
}

function fileResponse(format: string, baseName: string) {
  if (format === 'xlsx') {
    return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${baseName}.xlsx"`,
      },
    });
  }
  return new HttpResponse(new TextEncoder().encode('%PDF-1.7\n%mock\n'), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${baseName}.pdf"` },
  });
}

function findReport(name: string) {
  return reportsDb.catalogue.find((report) => report.name === name) ?? null;
}

function scheduleView(schedule: TestSchedule): TestSchedule {
  const runs = reportsDb.runs.filter((run) => run.scheduleId === schedule.id);
  return { ...schedule, lastRun: runs[0] ?? schedule.lastRun };
}

function validateSchedule(body: Record<string, unknown>) {
  const violations: { field: string; message: string }[] = [];
  if (typeof body.name !== 'string' || !body.name.trim()) violations.push({ field: 'name', message: 'must not be blank' });
  if (typeof body.report !== 'string' || !findReport(body.report)) violations.push({ field: 'report', message: 'is not a report' });
  const cron = typeof body.cron === 'string' ? body.cron.trim().split(/\s+/) : [];
  if (cron.length < 6 || cron.length > 7) violations.push({ field: 'cron', message: 'is not a valid cron expression' });
  if (!['XLSX', 'PDF', 'BOTH'].includes(String(body.format))) violations.push({ field: 'format', message: 'must be XLSX, PDF or BOTH' });
  if (typeof body.timeZone !== 'string' || !body.timeZone) violations.push({ field: 'timeZone', message: 'must not be blank' });
  if (body.parameters && typeof body.parameters === 'object' && 'asOf' in body.parameters) {
    violations.push({ field: 'parameters.asOf', message: 'a schedule runs as of each run’s date' });
  }
  return violations;
}

function mayManage(user: User, schedule: TestSchedule) {
  return has(user, ['ADMIN']) || (has(user, ['BOARD_MEMBER']) && schedule.owner === user.username);
}

export const reportHandlers = [
  http.get('*/api/reports', ({ request }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, [...ALL_REPORTS, 'EVENT_COORDINATOR'])) return problem(403, 'auth.forbidden', 'Not allowed');
    return HttpResponse.json(reportsDb.catalogue.filter((report) => mayRun(user, report.name)));
  }),

  http.get('*/api/reports/:name/why', ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    const report = findReport(String(params.name));
    if (!report) return problem(404, 'reports.not-found', 'No such report');
    if (!mayRun(user, report.name)) return problem(403, 'auth.forbidden', 'Not allowed');
    const url = new URL(request.url);
    reportsDb.requests.push(url);
    if (namesHiddenFor(user, report)) {
      return problem(403, 'reports.names-hidden', 'Donor names are hidden from board members');
    }
    const id = url.searchParams.get('constituentId') ?? '';
    const why = reportsDb.why[id];
    if (!why) return problem(404, 'reports.not-in-report', 'This donor is not in the report');
    return HttpResponse.json(why);
  }),

  http.get('*/api/reports/:name', ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    const report = findReport(String(params.name));
    if (!report) return problem(404, 'reports.not-found', 'No such report');
    if (!mayRun(user, report.name)) return problem(403, 'auth.forbidden', 'Not allowed');
    const url = new URL(request.url);
    reportsDb.requests.push(url);
    const { parameters, violations } = effectiveParameters(url);
    if (violations.length > 0) {
      return problem(400, 'validation.failed', 'The request is not valid', { violations });
    }
    const format = url.searchParams.get('format') ?? 'json';
    if (format === 'xlsx' || format === 'pdf') return fileResponse(format, `${report.name}-${parameters.asOf}`);
    const data = reportsDb.data[report.name] ?? { columns: [], rows: [], totals: null, summary: [], chart: null };
    const hidden = namesHiddenFor(user, report);
    const page = Number(url.searchParams.get('page') ?? '0');
    const size = Math.min(500, Number(url.searchParams.get('size') ?? '50'));
    const rows = hidden ? [] : data.rows.slice(page * size, page * size + size);
    return HttpResponse.json({
      name: report.name,
      title: report.title,
      definition: report.definition,
      currency: 'USD',
      parameters,
      parameterLines: [
        `As of ${parameters.asOf}`,
        parameters.yearBasis === 'FISCAL'
          ? `Fiscal years starting ${parameters.fiscalYearStart}`
          : 'Calendar years',
        `Credit: ${parameters.creditBasis}`,
      ],
      columns: data.columns,
      rows,
      rowCount: data.rows.length,
      page,
      size,
      // as the server does (NON_NULL), no totals and no chart are left out rather than sent as null
      ...(data.totals === null ? {} : { totals: data.totals }),
      summary: data.summary,
      ...(data.chart === null ? {} : { chart: data.chart }),
      namesHidden: hidden,
    });
  }),

  http.get('*/api/report-settings', ({ request }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, ALL_REPORTS)) return problem(403, 'auth.forbidden', 'Not allowed');
    return HttpResponse.json(reportsDb.settings);
  }),

  http.put('*/api/report-settings', async ({ request }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, ['ADMIN'])) return problem(403, 'auth.forbidden', 'Not allowed');
    const body = (await request.json()) as { boardSeesDonorNames: boolean; version: number };
    if (body.version !== reportsDb.settings.version) {
      return problem(409, 'common.stale-version', 'Someone else changed the settings');
    }
    reportsDb.settings = { boardSeesDonorNames: body.boardSeesDonorNames, version: body.version + 1 };
    return HttpResponse.json(reportsDb.settings);
  }),

  http.get('*/api/report-schedules', ({ request }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, ALL_REPORTS)) return problem(403, 'auth.forbidden', 'Not allowed');
    return HttpResponse.json(reportsDb.schedules.map(scheduleView));
  }),

  http.post('*/api/report-schedules', async ({ request }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, SCHEDULERS)) return problem(403, 'auth.forbidden', 'Not allowed');
    const body = (await request.json()) as Record<string, unknown>;
    reportsDb.scheduleBodies.push(body);
    const violations = validateSchedule(body);
    if (violations.length > 0) return problem(400, 'validation.failed', 'The request is not valid', { violations });
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const schedule: TestSchedule = {
      id: reportId('c00'),
      name: String(body.name),
      report: String(body.report),
      parameters: (body.parameters ?? {}) as Record<string, string>,
      format: body.format as TestSchedule['format'],
      cron: String(body.cron),
      timeZone: String(body.timeZone),
      recipients: (body.recipients ?? []) as string[],
      enabled: body.enabled !== false,
      owner: user.username,
      nextRunAt: '2026-12-14T12:00:00Z',
      lastRun: null,
      createdAt: now,
      updatedAt: now,
      version: 0,
    };
    reportsDb.schedules.push(schedule);
    return HttpResponse.json(schedule, { status: 201 });
  }),

  http.get('*/api/report-schedules/:id', ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, ALL_REPORTS)) return problem(403, 'auth.forbidden', 'Not allowed');
    const schedule = reportsDb.schedules.find((candidate) => candidate.id === params.id);
    if (!schedule) return problem(404, 'reports.schedule-not-found', 'No such schedule');
    return HttpResponse.json(scheduleView(schedule));
  }),

  http.put('*/api/report-schedules/:id', async ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    const schedule = reportsDb.schedules.find((candidate) => candidate.id === params.id);
    if (!schedule) return problem(404, 'reports.schedule-not-found', 'No such schedule');
    if (!mayManage(user, schedule)) return problem(403, 'auth.forbidden', 'Not allowed');
    const body = (await request.json()) as Record<string, unknown>;
    reportsDb.scheduleBodies.push(body);
    const violations = validateSchedule(body);
    if (violations.length > 0) return problem(400, 'validation.failed', 'The request is not valid', { violations });
    if (body.version !== schedule.version) return problem(409, 'common.stale-version', 'Someone else changed this schedule');
    Object.assign(schedule, {
      name: body.name,
      report: body.report,
      parameters: body.parameters ?? {},
      format: body.format,
      cron: body.cron,
      timeZone: body.timeZone,
      recipients: body.recipients ?? [],
      enabled: body.enabled !== false,
      version: schedule.version + 1,
      updatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    return HttpResponse.json(scheduleView(schedule));
  }),

  http.delete('*/api/report-schedules/:id', ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    const schedule = reportsDb.schedules.find((candidate) => candidate.id === params.id);
    if (!schedule) return problem(404, 'reports.schedule-not-found', 'No such schedule');
    if (!mayManage(user, schedule)) return problem(403, 'auth.forbidden', 'Not allowed');
    reportsDb.schedules = reportsDb.schedules.filter((candidate) => candidate !== schedule);
    reportsDb.runs = reportsDb.runs.filter((run) => run.scheduleId !== schedule.id);
    return new HttpResponse(null, { status: 204 });
  }),

  http.post('*/api/report-schedules/:id/run', ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    const schedule = reportsDb.schedules.find((candidate) => candidate.id === params.id);
    if (!schedule) return problem(404, 'reports.schedule-not-found', 'No such schedule');
    if (!mayManage(user, schedule)) return problem(403, 'auth.forbidden', 'Not allowed');
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const run = createRun({
      scheduleId: schedule.id,
      status: 'RUNNING',
      scheduledFor: now,
      startedAt: now,
      finishedAt: null,
      durationMs: null,
      rowCount: null,
      files: [],
      expiresAt: null,
    });
    reportsDb.runs.unshift(run);
    return HttpResponse.json(run, { status: 202 });
  }),

  // A run that was running is done by the time anyone asks again.
  http.get('*/api/report-schedules/:id/runs', ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, ALL_REPORTS)) return problem(403, 'auth.forbidden', 'Not allowed');
    const runs = reportsDb.runs.filter((run) => run.scheduleId === params.id);
    const answer = runs.map((run) => ({ ...run }));
    for (const run of runs) {
      if (run.status === 'RUNNING') {
        const schedule = reportsDb.schedules.find((candidate) => candidate.id === run.scheduleId);
        const formats = schedule?.format === 'BOTH' ? ['xlsx', 'pdf'] : [String(schedule?.format ?? 'XLSX').toLowerCase()];
        Object.assign(run, {
          status: 'SUCCEEDED',
          finishedAt: run.startedAt,
          durationMs: 1200,
          rowCount: 2,
          files: formats.map((format) => ({ format, fileName: `${schedule?.report ?? 'report'}.${format}`, size: 4096 })),
          expiresAt: '2099-01-01T00:00:00Z',
        });
      }
    }
    return HttpResponse.json(answer);
  }),

  http.get('*/api/report-runs/:id/file', ({ request, params }) => {
    const user = signedIn(request);
    if (user instanceof Response) return user;
    if (!has(user, ALL_REPORTS)) return problem(403, 'auth.forbidden', 'Not allowed');
    const run = reportsDb.runs.find((candidate) => candidate.id === params.id);
    if (!run) return problem(404, 'reports.run-not-found', 'No such run');
    reportsDb.requests.push(new URL(request.url));
    if (run.expiresAt && Date.parse(run.expiresAt) <= Date.now()) {
      return problem(410, 'reports.run-expired', 'The files of this run are no longer kept');
    }
    const format = new URL(request.url).searchParams.get('format') ?? 'xlsx';
    return fileResponse(format, `run-${run.id}`);
  }),
];
