import cronstrue from 'cronstrue';

// Schedules use Quartz cron expressions (the backend's scheduler): seconds, minutes, hours, day of month, month, day
// of week, and an optional year; "?" stands for "no particular value" in one of the two day fields.

export type CronPreset = { value: string; label: string };

export const CRON_PRESETS: readonly CronPreset[] = [
  { value: '0 0 7 ? * MON', label: 'Every Monday at 07:00' },
  { value: '0 0 7 ? * MON-FRI', label: 'Every weekday at 07:00' },
  { value: '0 0 7 * * ?', label: 'Every day at 07:00' },
  { value: '0 0 7 1 * ?', label: 'The first day of each month at 07:00' },
  { value: '0 0 7 1 1,4,7,10 ?', label: 'The first day of each quarter at 07:00' },
];

/** The cron expression in words ("At 07:00, only on Monday"), or null when it does not read as one. */
export function describeCron(cron: string): string | null {
  const trimmed = cron.trim();
  if (!trimmed) return null;
  try {
    // Quartz counts days of the week from 1 (Sunday).
    return cronstrue.toString(trimmed, {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      verbose: false,
      dayOfWeekStartIndexZero: false,
    });
  } catch {
    return null;
  }
}

/** Why the expression cannot be a Quartz cron expression, or null (the server has the last word). */
export function cronProblem(cron: string): string | null {
  const fields = cron.trim().split(/\s+/).filter(Boolean);
  if (fields.length === 0) return 'Enter when the report runs';
  if (fields.length < 6 || fields.length > 7) {
    return 'A cron expression has 6 or 7 fields: seconds, minutes, hours, day of month, month, day of week (, year)';
  }
  return describeCron(cron) ? null : 'This is not a cron expression Steward can read';
}
