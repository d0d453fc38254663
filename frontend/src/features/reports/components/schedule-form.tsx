import { Alert, Button, Group, Radio, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState, type ReactNode } from 'react';

import { FormSection, focusFirstError } from '@/components/ui/form-section';
import { UnsavedChangesModal } from '@/components/ui/unsaved-changes-modal';
import { useUnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';
import { isApiError, type Problem, type Violation } from '@/lib/api-client';
import { violationField } from '@/lib/form-errors';
import { timeZones } from '@/utils/time-zones';
import { ReportParameterFields } from '@/features/reports/components/report-parameter-fields';
import type { ReportDefinition, ReportSchedule, ScheduleRequest } from '@/features/reports/types/reports';
import { CRON_PRESETS, describeCron } from '@/features/reports/utils/cron';
import { categoryLabel, FORMAT_LABELS } from '@/features/reports/utils/labels';
import {
  SCHEDULE_FIELDS,
  SCHEDULE_OMITS,
  toFormValues,
  toRequest,
  validateValues,
  type ScheduleFormValues,
} from '@/features/reports/utils/schedule-form';

const CUSTOM = 'custom';

/** Business rules the server answers for one field. */
const PROBLEM_FIELDS: Record<string, keyof ScheduleFormValues> = {
  'reports.invalid-cron': 'cron',
  'reports.unknown-time-zone': 'timeZone',
  'reports.not-found': 'report',
};

type ScheduleFormProps = {
  catalogue: readonly ReportDefinition[];
  schedule?: ReportSchedule;
  /** A new schedule's starting point (from a report page's "Schedule"). */
  defaults: { report?: string; parameters?: Record<string, string>; timeZone: string };
  submitLabel: string;
  onSubmit: (request: ScheduleRequest) => Promise<unknown>;
  onCancel: () => void;
  /** A problem the page handles itself (a stale version): the form shows nothing for it. */
  handlesProblem?: (problem: Problem) => boolean;
  notice?: ReactNode;
  submitDisabled?: boolean;
};

/** A schedule: which report with which parameters, in which format, when (cron and time zone), and to whom. */
export function ScheduleForm({
  catalogue,
  schedule,
  defaults,
  submitLabel,
  onSubmit,
  onCancel,
  handlesProblem,
  notice,
  submitDisabled = false,
}: ScheduleFormProps) {
  const form = useForm<ScheduleFormValues>({
    initialValues: toFormValues(schedule, defaults),
  });
  const zones = useMemo(() => timeZones(), []);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const guard = useUnsavedChangesGuard(form.isDirty());

  const values = form.values;
  const definition = catalogue.find((report) => report.name === values.report);
  const preset = CRON_PRESETS.find((entry) => entry.value === values.cron.trim())?.value ?? CUSTOM;
  const inWords = describeCron(values.cron);
  const parameterErrors: Record<string, string> = {};
  for (const [key, message] of Object.entries(form.errors)) {
    if (key.startsWith('parameters.') && typeof message === 'string') parameterErrors[key.slice('parameters.'.length)] = message;
  }

  const showServerProblem = (violations: readonly Violation[]) => {
    const errors: Record<string, string> = {};
    const left: Violation[] = [];
    const parameterNames = definition?.parameters.map((parameter) => parameter.name) ?? [];
    for (const violation of violations) {
      const field = violationField(violation.field);
      const key = (SCHEDULE_FIELDS as readonly string[]).includes(field)
        ? field
        : parameterNames.includes(field) || field === 'fiscalYearStart'
          ? `parameters.${field}`
          : null;
      if (key) errors[key] = errors[key] ? `${errors[key]} ${violation.message}` : violation.message;
      else left.push(violation);
    }
    form.setErrors(errors);
    setUnmatched(left);
  };

  const submit = form.onSubmit(
    async (submitted) => {
      const errors = validateValues(submitted, definition);
      if (Object.keys(errors).length > 0) {
        form.setErrors(errors);
        focusFirstError();
        return;
      }
      setUnmatched([]);
      setFailure(null);
      setSubmitting(true);
      guard.allowLeaving();
      try {
        await onSubmit(toRequest(submitted, schedule?.version));
      } catch (error) {
        guard.guardAgain();
        if (!isApiError(error)) throw error;
        if (handlesProblem?.(error.problem)) return;
        const field = PROBLEM_FIELDS[error.code];
        if (error.violations.length > 0) showServerProblem(error.violations);
        else if (field) form.setFieldError(field, error.problem.detail ?? error.problem.title);
        else setFailure(error.problem);
        focusFirstError();
      } finally {
        setSubmitting(false);
      }
    },
    () => focusFirstError(),
  );

  const reportOptions = catalogue.map((report) => ({
    value: report.name,
    label: `${report.title} (${categoryLabel(report.category)})`,
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={schedule ? 'Edit schedule' : 'New schedule'}>
      <UnsavedChangesModal blocker={guard.blocker} />
      <Stack gap="md">
        {notice}
        {unmatched.length > 0 || failure ? (
          <Alert color="red" variant="light" role="alert" title="Please check the form">
            {failure ? <div>{failure.detail ?? failure.title}</div> : null}
            {unmatched.map((violation) => (
              <div key={`${violation.field}:${violation.message}`}>
                {violation.field}: {violation.message}
              </div>
            ))}
          </Alert>
        ) : null}

        <FormSection title="Report">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Name" required maxLength={200} {...form.getInputProps('name')} />
            <Select
              label="Report"
              required
              searchable
              data={reportOptions}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('report')}
              onChange={(value) => {
                form.setFieldValue('report', value ?? '');
                // Another report takes other parameters.
                if (value !== values.report) form.setFieldValue('parameters', {});
              }}
            />
          </SimpleGrid>
          {definition ? <Text size="sm" c="dimmed">{definition.definition}</Text> : null}
        </FormSection>

        {definition ? (
          <FormSection title="Parameters">
            <Text size="sm" c="dimmed">
              Each run reports as of its own day, in the schedule’s time zone. Empty fields take the report’s defaults.
            </Text>
            <ReportParameterFields
              parameters={definition.parameters}
              values={values.parameters}
              errors={parameterErrors}
              omit={SCHEDULE_OMITS}
              onChange={(name, value) => {
                form.setFieldValue('parameters', { ...form.getValues().parameters, [name]: value });
                form.clearFieldError(`parameters.${name}`);
              }}
            />
          </FormSection>
        ) : null}

        <FormSection title="Format">
          <Radio.Group label="Send as" required {...form.getInputProps('format')}>
            <Group gap="lg" mt={6}>
              {(['XLSX', 'PDF', 'BOTH'] as const).map((format) => (
                <Radio key={format} value={format} label={FORMAT_LABELS[format]} />
              ))}
            </Group>
          </Radio.Group>
        </FormSection>

        <FormSection title="When">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Repeats"
              data={[...CRON_PRESETS.map((entry) => ({ value: entry.value, label: entry.label })), { value: CUSTOM, label: 'Custom (cron expression)' }]}
              value={preset}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              onChange={(value) => {
                if (value && value !== CUSTOM) {
                  form.setFieldValue('cron', value);
                  form.clearFieldError('cron');
                }
              }}
            />
            <TextInput
              label="Cron expression"
              required
              description={inWords ? `In words: ${inWords}` : 'Seconds, minutes, hours, day of month, month, day of week'}
              spellCheck={false}
              autoComplete="off"
              {...form.getInputProps('cron')}
            />
          </SimpleGrid>
          <Select
            label="Time zone"
            description="The times above are in this zone"
            required
            searchable
            data={zones}
            limit={50}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('timeZone')}
            onChange={(value) => form.setFieldValue('timeZone', value ?? '')}
          />
        </FormSection>

        <FormSection title="Recipients">
          <TagsInput
            label="Email to"
            description="Email addresses; press Enter after each. Every run is also kept here to download."
            placeholder="treasurer@example.org"
            splitChars={[',', ' ', ';']}
            clearable
            {...form.getInputProps('recipients')}
          />
          <Switch label="Active: runs at the times above" {...form.getInputProps('enabled', { type: 'checkbox' })} />
        </FormSection>

        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={() => {
              guard.allowLeaving();
              onCancel();
            }}
          >
            Cancel
          </Button>
          <Button type="submit" loading={submitting} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
