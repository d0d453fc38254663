import type { ReportDefinition, ReportParameter, ReportParams } from '@/features/reports/types/reports';

// A report's parameters live in the address bar (`/reports/lybunt?asOf=2025-06-30&creditBasis=HARD&page=2`), so a
// link shows the same figures to whoever opens it. Only what the reader chose is there: a parameter left out takes the
// server's default (asOf: today), so a link without asOf always shows today's figures.

/** The parameters every giving report takes (see docs/adr/0022). */
export const COMMON_PARAMETERS = ['asOf', 'yearBasis', 'fiscalYearStart', 'creditBasis', 'kinds'] as const;

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** Page from 1, as the pager and the address bar count. */
export type Paging = { page: number; size: number };

const PAGING_KEYS = new Set(['page', 'size']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const INTEGER = /^\d+$/;
const AMOUNT = '\\d+(?:\\.\\d{1,2})?';
const MONEY_LIST = new RegExp(`^\\s*${AMOUNT}(?:\\s*,\\s*${AMOUNT})*\\s*$`);
/** Days in each month of a year that is not a leap year: a fiscal year does not start on 29 February. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The names a report takes: its catalogue parameters, and the fiscal year's start wherever the year basis is. */
export function parameterNames(definition: Pick<ReportDefinition, 'parameters'>): string[] {
  const names = definition.parameters.map((parameter) => parameter.name);
  if (names.includes('yearBasis') && !names.includes('fiscalYearStart')) names.push('fiscalYearStart');
  return names;
}

/** The report's parameters from the address bar: non-empty values, only the names given (all when none are). */
export function readReportParams(search: URLSearchParams, names?: readonly string[]): ReportParams {
  const params: ReportParams = {};
  for (const [key, raw] of search) {
    if (PAGING_KEYS.has(key) || (names && !names.includes(key))) continue;
    const value = raw.trim();
    if (value) params[key] = value;
  }
  return withoutStrayFiscalStart(params);
}

/** A fiscal year's start means nothing in calendar years. */
export function withoutStrayFiscalStart(params: ReportParams): ReportParams {
  if (params.fiscalYearStart && params.yearBasis !== 'FISCAL') {
    const { fiscalYearStart: _dropped, ...rest } = params;
    return rest;
  }
  return params;
}

export function readPaging(search: URLSearchParams): Paging {
  const page = Number(search.get('page') ?? '1');
  const size = Number(search.get('size') ?? String(DEFAULT_PAGE_SIZE));
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The address bar's query for these parameters (and page, when not the first). */
export function toSearchParams(params: ReportParams, paging?: Paging): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) search.set(key, value);
  }
  if (paging && paging.page > 1) search.set('page', String(paging.page));
  if (paging && paging.size !== DEFAULT_PAGE_SIZE) search.set('size', String(paging.size));
  return search;
}

/** The page of a report with these parameters. */
export function reportPath(name: string, params: ReportParams = {}): string {
  const query = toSearchParams(params).toString();
  return `/reports/${encodeURIComponent(name)}${query ? `?${query}` : ''}`;
}

/** The API's query: the parameters, and a 0-based page when paging. */
export function apiQuery(params: ReportParams, paging?: Paging): Record<string, string | number> {
  const query: Record<string, string | number> = { ...params };
  if (paging) {
    query.page = paging.page - 1;
    query.size = paging.size;
  }
  return query;
}

/** Whether "MM-DD" is a day of a (non-leap) year. */
export function isMonthDay(value: string): boolean {
  const match = MONTH_DAY.exec(value.trim());
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

function problemOf(parameter: ReportParameter, value: string): string | null {
  if (!value) return parameter.required ? `Enter ${parameter.label.toLowerCase()}` : null;
  switch (parameter.type) {
    case 'date':
      return DATE.test(value) ? null : 'Enter a date';
    case 'integer':
      return INTEGER.test(value) ? null : 'Enter a whole number';
    case 'money-list':
      return MONEY_LIST.test(value) ? null : 'Enter amounts separated by commas, e.g. 0,100,1000';
    case 'kinds':
      return value.split(',').some((kind) => kind.trim()) ? null : 'Choose at least one kind of gift';
    case 'enum':
      return !parameter.options || parameter.options.includes(value) ? null : 'Choose one of the options';
    default:
      return null;
  }
}

/**
 * What is wrong with the chosen values, by parameter name (empty when nothing is). The server checks again and its
 * answer is shown on the same fields.
 */
export function validateParams(parameters: readonly ReportParameter[], values: ReportParams): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const parameter of parameters) {
    const raw = values[parameter.name];
    if (parameter.type === 'kinds' && raw !== undefined && !raw.trim()) {
      errors[parameter.name] = 'Choose at least one kind of gift';
      continue;
    }
    const problem = problemOf(parameter, (raw ?? '').trim());
    if (problem) errors[parameter.name] = problem;
  }
  const start = (values.fiscalYearStart ?? '').trim();
  if (values.yearBasis === 'FISCAL' && start && !isMonthDay(start)) {
    errors.fiscalYearStart = 'Enter the first day as MM-DD, e.g. 07-01';
  }
  return errors;
}
