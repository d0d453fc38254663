// Data for the reports pages' tests, in the shapes of issue 18's contract (GET /api/reports, /api/reports/{name},
// /why, /api/report-schedules, /runs). The mock backend in mocks/report-handlers.ts serves them.

export type TestReportParameter = {
  name: string;
  label: string;
  type: 'date' | 'enum' | 'text' | 'integer' | 'money-list' | 'kinds' | 'uuid';
  required: boolean;
  defaultValue: string | null;
  options: string[] | null;
  description: string | null;
};

export type TestReportDefinition = {
  name: string;
  title: string;
  category: string;
  definition: string;
  namedDonors: boolean;
  chart: 'bar' | 'column' | 'line' | null;
  parameters: TestReportParameter[];
};

export type TestColumn = { key: string; heading: string; kind: 'TEXT' | 'INTEGER' | 'MONEY' | 'DATE' | 'PERCENT' };
/** Values as the API sends them: money, fractions and dates as strings, counts as numbers. */
export type TestValue = string | number | null;
export type TestRow = { constituentId: string | null; values: Record<string, TestValue> };

/** What a report answers besides its rows and parameters. */
export type TestReportData = {
  columns: TestColumn[];
  rows: TestRow[];
  totals: Record<string, TestValue> | null;
  summary: { label: string; value: TestValue; kind: TestColumn['kind'] }[];
  chart: { type: 'bar' | 'column' | 'line'; title: string; categories: string[]; series: { name: string; values: TestValue[] }[] } | null;
};

export type TestWhy = {
  constituentId: string;
  name: string;
  explanation: string;
  gifts: {
    giftId: string;
    receivedOn: string;
    credited: string;
    amount: string;
    currency: string;
    kind: string;
    credit: 'HARD' | 'SOFT';
    donorId: string;
  }[];
};

export type TestRun = {
  id: string;
  scheduleId: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  scheduledFor: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  rowCount: number | null;
  attempt: number;
  error: string | null;
  files: { format: string; fileName: string; size: number }[];
  expiresAt: string | null;
};

export type TestSchedule = {
  id: string;
  name: string;
  report: string;
  parameters: Record<string, string>;
  format: 'XLSX' | 'PDF' | 'BOTH';
  cron: string;
  timeZone: string;
  recipients: string[];
  enabled: boolean;
  owner: string;
  nextRunAt: string | null;
  lastRun: TestRun | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

let counter = 0;

export function reportId(prefix: string): string {
  counter += 1;
  return `00000000-0000-4000-8${prefix}-${String(counter).padStart(12, '0')}`;
}

const KIND_OPTIONS = ['ONE_TIME', 'RECURRING_PAYMENT', 'PLEDGE_PAYMENT', 'IN_KIND', 'MATCHING_CLAIM', 'EVENT_FEE'];

/** The parameters every giving report takes. */
export function commonParameters(): TestReportParameter[] {
  return [
    { name: 'asOf', label: 'As of', type: 'date', required: false, defaultValue: null, options: null, description: null },
    {
      name: 'yearBasis',
      label: 'Years',
      type: 'enum',
      required: false,
      defaultValue: 'CALENDAR',
      options: ['CALENDAR', 'FISCAL'],
      description: null,
    },
    {
      name: 'fiscalYearStart',
      label: 'Fiscal year starts (MM-DD)',
      type: 'text',
      required: false,
      defaultValue: null,
      options: null,
      description: null,
    },
    {
      name: 'creditBasis',
      label: 'Credit',
      type: 'enum',
      required: false,
      defaultValue: 'HARD',
      options: ['HARD', 'HARD_PLUS_SOFT', 'HOUSEHOLD'],
      description: null,
    },
    {
      name: 'kinds',
      label: 'Gift kinds',
      type: 'kinds',
      required: false,
      defaultValue: 'ONE_TIME,RECURRING_PAYMENT,PLEDGE_PAYMENT,IN_KIND',
      options: KIND_OPTIONS,
      description: null,
    },
  ];
}

export function createReportDefinition(overrides: Partial<TestReportDefinition> = {}): TestReportDefinition {
  return {
    name: 'lybunt',
    title: 'LYBUNT',
    category: 'donors',
    definition: 'Donors who gave last year but nothing so far this year.',
    namedDonors: true,
    chart: null,
    parameters: commonParameters(),
    ...overrides,
  };
}

/** The catalogue as an administrator gets it. */
export function defaultCatalogue(): TestReportDefinition[] {
  return [
    createReportDefinition(),
    createReportDefinition({
      name: 'sybunt',
      title: 'SYBUNT',
      definition: 'Donors who gave in some year before last year, and nothing last year or this year.',
    }),
    createReportDefinition({
      name: 'retention',
      title: 'Donor retention',
      definition: 'Donors who gave both last year and this year, divided by the donors of last year.',
      namedDonors: false,
    }),
    createReportDefinition({
      name: 'gift-range',
      title: 'Gift range',
      category: 'giving',
      definition: 'Donors and amounts this year by band of their total; bands include their lower bound.',
      namedDonors: false,
      chart: 'bar',
      parameters: [
        ...commonParameters(),
        {
          name: 'bands',
          label: 'Bands',
          type: 'money-list',
          required: false,
          defaultValue: '0,100,1000,10000',
          options: null,
          description: null,
        },
      ],
    }),
    createReportDefinition({
      name: 'year-over-year',
      title: 'Year over year',
      category: 'giving',
      definition: 'Raised this year to date against the same days of last year.',
      namedDonors: false,
      chart: 'column',
    }),
    createReportDefinition({
      name: 'giving-summary',
      title: 'Giving summary',
      category: 'giving',
      definition: 'Raised and gifts this year by fund, campaign, appeal or month.',
      namedDonors: false,
      parameters: [
        ...commonParameters(),
        {
          name: 'groupBy',
          label: 'Group by',
          type: 'enum',
          required: false,
          defaultValue: 'fund',
          options: ['fund', 'campaign', 'appeal', 'month'],
          description: null,
        },
      ],
    }),
    createReportDefinition({
      name: 'campaign-progress',
      title: 'Campaign progress',
      category: 'campaigns',
      definition: 'Raised against goal for each campaign.',
      namedDonors: false,
    }),
    createReportDefinition({
      name: 'event-attendance',
      title: 'Event attendance',
      category: 'events',
      definition: 'Registered, checked in and revenue for each event between two dates.',
      namedDonors: false,
      parameters: [
        { name: 'from', label: 'From', type: 'date', required: false, defaultValue: null, options: null, description: null },
        { name: 'to', label: 'To', type: 'date', required: false, defaultValue: null, options: null, description: null },
      ],
    }),
  ];
}

/** "Donor 01" … with amounts 10.00, 20.00 … */
export function donorRows(count: number): TestRow[] {
  return Array.from({ length: count }, (_, index) => ({
    constituentId: `00000000-0000-4000-8d00-${String(index + 1).padStart(12, '0')}`,
    values: { name: `Donor ${String(index + 1).padStart(2, '0')}`, previousYear: `${(index + 1) * 10}.00`, lastGift: '2024-11-15' },
  }));
}

/** The answers the mock gives per report, before paging. */
export function defaultReportData(): Record<string, TestReportData> {
  const lybunt: TestReportData = {
    columns: [
      { key: 'name', heading: 'Donor', kind: 'TEXT' },
      { key: 'previousYear', heading: 'Last year', kind: 'MONEY' },
      { key: 'lastGift', heading: 'Last gift', kind: 'DATE' },
    ],
    rows: [
      {
        constituentId: '00000000-0000-4000-8000-0000000000b1',
        values: { name: 'Ada Lovelace', previousYear: '1234.50', lastGift: '2024-11-15' },
      },
      {
        constituentId: '00000000-0000-4000-8000-0000000000b2',
        values: { name: 'Blaise Pascal', previousYear: '50.00', lastGift: '2024-03-01' },
      },
    ],
    totals: { previousYear: '1284.50' },
    summary: [
      { label: 'Donors', value: 2, kind: 'INTEGER' },
      { label: 'Given last year', value: '1284.50', kind: 'MONEY' },
    ],
    chart: null,
  };
  return {
    lybunt,
    sybunt: { ...lybunt, rows: [], totals: null, summary: [{ label: 'Donors', value: 0, kind: 'INTEGER' }] },
    retention: {
      columns: [
        { key: 'year', heading: 'Year', kind: 'TEXT' },
        { key: 'retained', heading: 'Retained', kind: 'INTEGER' },
        { key: 'previous', heading: 'Donors last year', kind: 'INTEGER' },
        { key: 'rate', heading: 'Retention', kind: 'PERCENT' },
      ],
      rows: [{ constituentId: null, values: { year: '2025', retained: 1, previous: 2, rate: '0.5000' } }],
      totals: null,
      summary: [
        { label: 'Retained donors', value: 1, kind: 'INTEGER' },
        { label: 'Donors last year', value: 2, kind: 'INTEGER' },
        { label: 'Donor retention', value: '0.5000', kind: 'PERCENT' },
      ],
      chart: null,
    },
    'gift-range': {
      columns: [
        { key: 'band', heading: 'Band', kind: 'TEXT' },
        { key: 'donors', heading: 'Donors', kind: 'INTEGER' },
        { key: 'raised', heading: 'Raised', kind: 'MONEY' },
        { key: 'share', heading: 'Share', kind: 'PERCENT' },
      ],
      rows: [
        { constituentId: null, values: { band: '[0, 100)', donors: 2, raised: '60.00', share: '0.2857' } },
        { constituentId: null, values: { band: '[100, 1000)', donors: 1, raised: '150.00', share: '0.7143' } },
      ],
      totals: { donors: 3, raised: '210.00', share: '1.0000' },
      summary: [
        { label: 'Donors', value: 3, kind: 'INTEGER' },
        { label: 'Raised', value: '210.00', kind: 'MONEY' },
      ],
      chart: {
        type: 'bar',
        title: 'Donors by gift range',
        categories: ['[0, 100)', '[100, 1000)'],
        series: [{ name: 'Donors', values: [2, 1] }],
      },
    },
    'year-over-year': {
      columns: [
        { key: 'month', heading: 'Month', kind: 'TEXT' },
        { key: 'thisYear', heading: 'This year', kind: 'MONEY' },
        { key: 'lastYear', heading: 'Last year', kind: 'MONEY' },
      ],
      rows: [
        { constituentId: null, values: { month: 'January', thisYear: '100.00', lastYear: '80.00' } },
        { constituentId: null, values: { month: 'February', thisYear: '110.00', lastYear: '120.00' } },
      ],
      totals: { thisYear: '210.00', lastYear: '200.00' },
      summary: [
        { label: 'This year to date', value: '210.00', kind: 'MONEY' },
        { label: 'Last year to the same day', value: '200.00', kind: 'MONEY' },
        { label: 'Change', value: '0.0500', kind: 'PERCENT' },
      ],
      chart: {
        type: 'column',
        title: 'Raised by month',
        categories: ['January', 'February'],
        series: [
          { name: 'This year', values: [100, 110] },
          { name: 'Last year', values: [80, 120] },
        ],
      },
    },
    'giving-summary': {
      columns: [
        { key: 'group', heading: 'Fund', kind: 'TEXT' },
        { key: 'raised', heading: 'Raised', kind: 'MONEY' },
        { key: 'gifts', heading: 'Gifts', kind: 'INTEGER' },
      ],
      rows: [{ constituentId: null, values: { group: 'General', raised: '210.00', gifts: 4 } }],
      totals: { raised: '210.00', gifts: 4 },
      summary: [],
      chart: null,
    },
    'campaign-progress': {
      columns: [
        { key: 'campaign', heading: 'Campaign', kind: 'TEXT' },
        { key: 'goal', heading: 'Goal', kind: 'MONEY' },
        { key: 'raised', heading: 'Raised', kind: 'MONEY' },
        { key: 'percent', heading: 'Of goal', kind: 'PERCENT' },
      ],
      rows: [
        { constituentId: null, values: { campaign: 'Roof appeal', goal: '400.00', raised: '100.00', percent: '0.2500' } },
        { constituentId: null, values: { campaign: 'Library fund', goal: '1000.00', raised: '1200.00', percent: '1.2000' } },
      ],
      totals: null,
      summary: [],
      chart: null,
    },
    'event-attendance': {
      columns: [
        { key: 'event', heading: 'Event', kind: 'TEXT' },
        { key: 'registered', heading: 'Registered', kind: 'INTEGER' },
        { key: 'attended', heading: 'Checked in', kind: 'INTEGER' },
        { key: 'revenue', heading: 'Revenue', kind: 'MONEY' },
      ],
      rows: [{ constituentId: null, values: { event: 'Autumn gala', registered: 40, attended: 35, revenue: '2000.00' } }],
      totals: { registered: 40, attended: 35, revenue: '2000.00' },
      summary: [],
      chart: null,
    },
  };
}

export function createWhy(overrides: Partial<TestWhy> = {}): TestWhy {
  return {
    constituentId: '00000000-0000-4000-8000-0000000000b1',
    name: 'Ada Lovelace',
    explanation: 'Gave 1,234.50 in 2024 and nothing in 2025 up to 30 June 2025.',
    gifts: [
      {
        giftId: '00000000-0000-4000-8a00-000000000001',
        receivedOn: '2024-11-15',
        credited: '1234.50',
        amount: '1234.50',
        currency: 'USD',
        kind: 'ONE_TIME',
        credit: 'HARD',
        donorId: '00000000-0000-4000-8000-0000000000b1',
      },
    ],
    ...overrides,
  };
}

const STAMP = '2026-12-01T07:00:00Z';

export function createRun(overrides: Partial<TestRun> = {}): TestRun {
  return {
    id: reportId('f00'),
    scheduleId: overrides.scheduleId ?? reportId('c00'),
    status: 'SUCCEEDED',
    scheduledFor: STAMP,
    startedAt: STAMP,
    finishedAt: '2026-12-01T07:00:02Z',
    durationMs: 2300,
    rowCount: 2,
    attempt: 1,
    error: null,
    files: [{ format: 'xlsx', fileName: 'lybunt-2026-12-01.xlsx', size: 5120 }],
    expiresAt: '2099-01-01T00:00:00Z',
    ...overrides,
  };
}

export function createSchedule(overrides: Partial<TestSchedule> = {}): TestSchedule {
  return {
    id: reportId('c00'),
    name: 'Monday LYBUNT',
    report: 'lybunt',
    parameters: { creditBasis: 'HARD' },
    format: 'XLSX',
    cron: '0 0 7 ? * MON',
    timeZone: 'America/New_York',
    recipients: ['treasurer@example.org'],
    enabled: true,
    owner: 'admin',
    nextRunAt: '2026-12-07T12:00:00Z',
    lastRun: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    version: 0,
    ...overrides,
  };
}
