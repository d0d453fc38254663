import type { ReportCategory, RunStatus, ScheduleFormat } from '@/features/reports/types/reports';

/** The catalogue's groups, in the order the reports page shows them. */
export const CATEGORIES: readonly { value: ReportCategory; label: string; description: string }[] = [
  { value: 'donors', label: 'Donors', description: 'Who gave, who stopped, who came back.' },
  { value: 'giving', label: 'Giving', description: 'How much came in, from whom and where it went.' },
  { value: 'campaigns', label: 'Campaigns', description: 'Raised against goal.' },
  { value: 'events', label: 'Events', description: 'Attendance and revenue.' },
];

export function categoryLabel(category: string): string {
  return CATEGORIES.find((entry) => entry.value === category)?.label ?? category;
}

/** Every gift kind the API knows; the first four are what reports count unless told otherwise. */
export const GIFT_KIND_LABELS: Record<string, string> = {
  ONE_TIME: 'One-time',
  RECURRING_PAYMENT: 'Recurring payment',
  PLEDGE_PAYMENT: 'Pledge payment',
  IN_KIND: 'In kind',
  MATCHING_CLAIM: 'Matching gift claim',
  EVENT_FEE: 'Event fee',
};

export const DEFAULT_KINDS = ['ONE_TIME', 'RECURRING_PAYMENT', 'PLEDGE_PAYMENT', 'IN_KIND'] as const;

export function giftKindLabel(kind: string): string {
  return GIFT_KIND_LABELS[kind] ?? kind;
}

export const CREDIT_BASIS_OPTIONS = [
  { value: 'HARD', label: 'Hard credit: the donor who gave' },
  { value: 'HARD_PLUS_SOFT', label: 'Hard and soft credit' },
  { value: 'HOUSEHOLD', label: 'Household: members’ gifts to their household' },
];

export const YEAR_BASIS_OPTIONS = [
  { value: 'CALENDAR', label: 'Calendar years' },
  { value: 'FISCAL', label: 'Fiscal years' },
];

export const FORMAT_LABELS: Record<ScheduleFormat, string> = {
  XLSX: 'Excel',
  PDF: 'PDF',
  BOTH: 'Excel and PDF',
};

export const RUN_STATUS_LABELS: Record<RunStatus, string> = {
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
};

export const RUN_STATUS_COLORS: Record<RunStatus, string> = {
  RUNNING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
};

export function fileFormatLabel(format: string): string {
  const lower = format.toLowerCase();
  return lower === 'xlsx' ? 'Excel' : lower === 'pdf' ? 'PDF' : format;
}
