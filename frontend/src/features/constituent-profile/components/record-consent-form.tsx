import { Alert, Button, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { useRecordConsent } from '@/features/constituent-profile/api/consent';
import {
  CONSENT_CHANNELS,
  CONSENT_PURPOSES,
  type ConsentChannel,
  type ConsentEntry,
  type ConsentPurpose,
  type ConsentStatus,
} from '@/features/constituent-profile/types/profile';
import { todayIso } from '@/features/constituent-profile/utils/dates';
import { CONSENT_CHANNEL_LABELS, CONSENT_PURPOSE_LABELS } from '@/features/constituent-profile/utils/labels';

const FIELDS = ['channel', 'purpose', 'status', 'statement', 'source', 'effectiveDate'] as const;

type FormValues = {
  channel: string | null;
  purpose: string | null;
  status: string;
  statement: string;
  source: string;
  effectiveDate: string;
};

type RecordConsentFormProps = {
  constituentId: string;
  onRecorded: (entry: ConsentEntry) => void;
  onCancel: () => void;
};

export function RecordConsentForm({ constituentId, onRecorded, onCancel }: RecordConsentFormProps) {
  const record = useRecordConsent(constituentId);
  const form = useForm<FormValues>({
    initialValues: { channel: null, purpose: null, status: '', statement: '', source: '', effectiveDate: todayIso() },
    validate: {
      channel: (value) => (value ? null : 'Choose a channel'),
      purpose: (value) => (value ? null : 'Choose a purpose'),
      status: (value) => (value ? null : 'Choose opt in or opt out'),
      source: (value) => (value.trim() ? null : 'Say where the choice was made, e.g. “Phone call”'),
      effectiveDate: (value) => (!value || value <= todayIso() ? null : 'Cannot be in the future'),
    },
  });

  const unmatched =
    record.error && isApiError(record.error) ? violationsToFormErrors(record.error.violations, FIELDS).unmatched : [];

  const onSubmit = form.onSubmit((values) => {
    record.mutate(
      {
        channel: values.channel as ConsentChannel,
        purpose: values.purpose as ConsentPurpose,
        status: values.status as ConsentStatus,
        statement: values.statement.trim() || null,
        source: values.source.trim(),
        effectiveDate: values.effectiveDate || null,
      },
      {
        onSuccess: (entry) => {
          form.reset();
          onRecorded(entry);
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(violationsToFormErrors(error.violations, FIELDS).errors);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record consent">
      <Stack gap="md">
        {unmatched.length > 0 || (record.error && isApiError(record.error) && record.error.violations.length === 0) ? (
          <Alert color="red" variant="light" role="alert" title="The choice could not be recorded">
            {unmatched.map((violation) => (
              <div key={`${violation.field}:${violation.message}`}>{violation.message}</div>
            ))}
            {record.error && isApiError(record.error) ? record.error.problem.detail : null}
          </Alert>
        ) : null}
        <Group grow align="flex-start">
          <Select
            label="Channel"
            data={CONSENT_CHANNELS.map((value) => ({ value, label: CONSENT_CHANNEL_LABELS[value] }))}
            required
            data-autofocus
            {...form.getInputProps('channel')}
          />
          <Select
            label="Purpose"
            data={CONSENT_PURPOSES.map((value) => ({ value, label: CONSENT_PURPOSE_LABELS[value] }))}
            required
            {...form.getInputProps('purpose')}
          />
        </Group>
        <Radio.Group label="Choice" required {...form.getInputProps('status')}>
          <Group gap="lg" mt={6}>
            <Radio value="OPT_IN" label="Opt in" />
            <Radio value="OPT_OUT" label="Opt out" />
          </Group>
        </Radio.Group>
        <Textarea
          label="Statement"
          description="What they said or agreed to, in their words if you have them"
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('statement')}
        />
        <TextInput
          label="Source"
          description="Where the choice was made: phone call, web form, event sign-up…"
          required
          {...form.getInputProps('source')}
        />
        <TextInput label="Effective from" type="date" max={todayIso()} {...form.getInputProps('effectiveDate')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record consent
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
