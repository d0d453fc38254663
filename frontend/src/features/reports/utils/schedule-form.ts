import type {
  ReportDefinition,
  ReportParams,
  ReportSchedule,
  ScheduleFormat,
  ScheduleRequest,
} from '@/features/reports/types/reports';
import { CRON_PRESETS, cronProblem } from '@/features/reports/utils/cron';
import { validateParams, withoutStrayFiscalStart } from '@/features/reports/utils/params';

export type ScheduleFormValues = {
  name: string;
  report: string;
  parameters: ReportParams;
  format: ScheduleFormat;
  cron: string;
  timeZone: string;
  recipients: string[];
  enabled: boolean;
};

/** The form's own fields, onto which the server's violations are put (parameters go to their own fields). */
export const SCHEDULE_FIELDS = ['name', 'report', 'format', 'cron', 'timeZone', 'recipients', 'enabled'] as const;

/** A schedule's runs pick their own date: the date of the run in the schedule's zone. */
export const SCHEDULE_OMITS = ['asOf'] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function toFormValues(
  schedule: ReportSchedule | undefined,
  defaults: { report?: string; parameters?: ReportParams; timeZone: string },
): ScheduleFormValues {
  return {
    name: schedule?.name ?? '',
    report: schedule?.report ?? defaults.report ?? '',
    parameters: { ...(schedule?.parameters ?? defaults.parameters ?? {}) },
    format: schedule?.format ?? 'XLSX',
    cron: schedule?.cron ?? CRON_PRESETS[0]!.value,
    timeZone: schedule?.timeZone ?? defaults.timeZone,
    recipients: [...(schedule?.recipients ?? [])],
    enabled: schedule?.enabled ?? true,
  };
}

/** The parameters the schedule keeps: chosen, trimmed, without asOf. */
export function scheduleParameters(values: ReportParams): ReportParams {
  const kept: ReportParams = {};
  for (const [key, value] of Object.entries(values)) {
    if (!(SCHEDULE_OMITS as readonly string[]).includes(key) && value.trim()) kept[key] = value.trim();
  }
  return withoutStrayFiscalStart(kept);
}

export function toRequest(values: ScheduleFormValues, version?: number): ScheduleRequest {
  return {
    name: values.name.trim(),
    report: values.report,
    parameters: scheduleParameters(values.parameters),
    format: values.format,
    cron: values.cron.trim().replace(/\s+/g, ' '),
    timeZone: values.timeZone,
    recipients: values.recipients.map((recipient) => recipient.trim()).filter(Boolean),
    enabled: values.enabled,
    ...(version === undefined ? {} : { version }),
  };
}

/** What is wrong with the form, as @mantine/form errors (parameters as `parameters.<name>`). */
export function validateValues(values: ScheduleFormValues, definition: ReportDefinition | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = 'Enter a name';
  if (!values.report) errors.report = 'Choose a report';
  const cron = cronProblem(values.cron);
  if (cron) errors.cron = cron;
  if (!values.timeZone) errors.timeZone = 'Choose the time zone';
  const wrong = values.recipients.filter((recipient) => !EMAIL.test(recipient.trim()));
  if (wrong.length > 0) errors.recipients = `Not an email address: ${wrong.join(', ')}`;
  if (definition) {
    const parameters = definition.parameters.filter((parameter) => !(SCHEDULE_OMITS as readonly string[]).includes(parameter.name));
    for (const [name, message] of Object.entries(validateParams(parameters, values.parameters))) {
      errors[`parameters.${name}`] = message;
    }
  }
  return errors;
}
