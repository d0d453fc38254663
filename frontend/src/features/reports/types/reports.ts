// The reports API as docs and the backend's ReportController define it (issue 18's contract): the catalogue, one
// report's answer, the "why" drill-down, schedules and their runs, and the board's names setting.

export type ReportCategory = 'donors' | 'giving' | 'campaigns' | 'events';

export type ChartType = 'bar' | 'column' | 'line';

export type ParameterType = 'date' | 'enum' | 'text' | 'integer' | 'money-list' | 'kinds' | 'uuid';

/** One parameter a report takes, as the catalogue publishes it. */
export type ReportParameter = {
  name: string;
  label: string;
  type: ParameterType;
  required: boolean;
  defaultValue: string | null;
  options: string[] | null;
  description: string | null;
};

/** One entry of `GET /api/reports`. */
export type ReportDefinition = {
  name: string;
  title: string;
  category: ReportCategory;
  /** The definition in words, as printed on every export. */
  definition: string;
  /** Whether rows name donors (board members see them only where an administrator allows it). */
  namedDonors: boolean;
  chart: ChartType | null;
  parameters: ReportParameter[];
};

export type ColumnKind = 'TEXT' | 'INTEGER' | 'MONEY' | 'DATE' | 'PERCENT';

export type ReportColumn = { key: string; heading: string; kind: ColumnKind };

/** Values as sent: MONEY "1234.50", PERCENT a fraction "0.5000", DATE "2025-06-30", INTEGER "12". */
export type ReportRow = { constituentId: string | null; values: Record<string, string | null> };

export type SummaryFigure = { label: string; value: string | null; kind: ColumnKind };

export type ReportChart = {
  type: ChartType;
  title: string;
  categories: string[];
  series: { name: string; values: (string | null)[] }[];
};

/** `GET /api/reports/{name}?format=json`: one page of rows, with everything above them. */
export type ReportResult = {
  name: string;
  title: string;
  definition: string;
  currency: string;
  /** The parameters as the report used them (defaults filled in). */
  parameters: Record<string, string | null>;
  parameterLines: string[];
  columns: ReportColumn[];
  rows: ReportRow[];
  rowCount: number;
  page: number;
  size: number;
  totals: Record<string, string | null> | null;
  summary: SummaryFigure[];
  chart: ReportChart | null;
  /** A board member asked for a named-donor list the administrator keeps hidden: rows are empty. */
  namesHidden: boolean;
};

export type CreditKind = 'HARD' | 'SOFT';

export type WhyGift = {
  giftId: string;
  receivedOn: string;
  credited: string;
  amount: string;
  currency: string;
  kind: string;
  credit: CreditKind;
  donorId: string;
};

/** `GET /api/reports/{name}/why`: the gifts that put one donor in the list. */
export type WhyAnswer = {
  constituentId: string;
  name: string;
  explanation: string;
  gifts: WhyGift[];
};

/** Parameter values by name, as the address bar and the API take them (kinds as a comma list). */
export type ReportParams = Record<string, string>;

export type ScheduleFormat = 'XLSX' | 'PDF' | 'BOTH';

export type RunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export type RunFile = { format: string; fileName: string; size: number };

export type ReportRun = {
  id: string;
  scheduleId: string;
  status: RunStatus;
  scheduledFor: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  rowCount: number | null;
  attempt: number;
  error: string | null;
  files: RunFile[];
  expiresAt: string | null;
};

export type ReportSchedule = {
  id: string;
  name: string;
  report: string;
  parameters: ReportParams;
  format: ScheduleFormat;
  cron: string;
  timeZone: string;
  recipients: string[];
  enabled: boolean;
  /** The username of whoever created it. */
  owner: string;
  nextRunAt: string | null;
  lastRun: ReportRun | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export type ScheduleRequest = {
  name: string;
  report: string;
  parameters: ReportParams;
  format: ScheduleFormat;
  cron: string;
  timeZone: string;
  recipients: string[];
  enabled: boolean;
  /** Only when changing one. */
  version?: number;
};

export type ReportSettings = { boardSeesDonorNames: boolean; version: number };
