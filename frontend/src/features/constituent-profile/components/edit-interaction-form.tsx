import { Button, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';

import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { StaleVersionNotice } from '@/components/ui/stale-version-notice';
import { STALE_VERSION_CODE } from '@/hooks/use-versioned-edit';
import { useStaffOptions } from '@/hooks/use-staff-options';
import { isApiError, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { fetchInteraction, useUpdateInteraction } from '@/features/constituent-profile/api/interactions';
import {
  INTERACTION_CHANNELS,
  type Interaction,
  type InteractionChannel,
  type InteractionDirection,
} from '@/features/constituent-profile/types/profile';
import { instantToLocalInput, localInputToInstant } from '@/features/constituent-profile/utils/dates';
import { CHANNEL_LABELS } from '@/features/constituent-profile/utils/labels';

const FIELDS = ['channel', 'direction', 'subject', 'notes', 'occurredAt', 'staffUsername'] as const;

const CHANNEL_OPTIONS = INTERACTION_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }));

type FormValues = {
  channel: string;
  direction: string;
  subject: string;
  notes: string;
  occurredAt: string;
  staffUsername: string;
};

function valuesOf(interaction: Interaction): FormValues {
  return {
    channel: interaction.channel,
    direction: interaction.direction,
    subject: interaction.subject,
    notes: interaction.notes ?? '',
    occurredAt: instantToLocalInput(interaction.occurredAt),
    staffUsername: interaction.staffUsername,
  };
}

type EditInteractionFormProps = {
  interaction: Interaction;
  onSaved: (interaction: Interaction) => void;
  onCancel: () => void;
};

/** Changes an interaction (sending the version read); a save refused as stale offers the latest version. */
export function EditInteractionForm({ interaction, onSaved, onCancel }: EditInteractionFormProps) {
  const update = useUpdateInteraction();
  const staff = useStaffOptions();
  const [editing, setEditing] = useState(interaction);
  const [stale, setStale] = useState(false);
  const [loadingLatest, setLoadingLatest] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);
  const form = useForm<FormValues>({
    initialValues: valuesOf(interaction),
    validate: {
      channel: (value) => (value ? null : 'Choose how you were in touch'),
      subject: (value) => (value.trim() ? null : 'Enter a subject'),
      occurredAt: (value) => (localInputToInstant(value) ? null : 'Enter a valid date and time'),
      staffUsername: (value) => (value ? null : 'Choose who was in touch'),
    },
  });

  const error = update.error && isApiError(update.error) ? update.error : null;
  const unmatched: Violation[] = error ? violationsToFormErrors(error.violations, FIELDS).unmatched : [];
  const general =
    error && error.violations.length === 0 && !fieldOf(error.code) && error.code !== STALE_VERSION_CODE ? error : null;

  // The staff member may have left since: keep them among the choices.
  const staffOptions = staff.data ?? [];
  const options = staffOptions.some((option) => option.value === editing.staffUsername)
    ? staffOptions
    : [...staffOptions, { value: editing.staffUsername, label: editing.staffDisplayName }];

  const onSubmit = form.onSubmit((values) => {
    update.mutate(
      {
        id: editing.id,
        request: {
          channel: values.channel as InteractionChannel,
          direction: values.direction as InteractionDirection,
          subject: values.subject.trim(),
          notes: values.notes.trim() || null,
          occurredAt: localInputToInstant(values.occurredAt) ?? editing.occurredAt,
          staffUsername: values.staffUsername,
          version: editing.version,
        },
      },
      {
        onSuccess: onSaved,
        onError: (failure) => {
          if (!isApiError(failure)) return;
          if (failure.code === STALE_VERSION_CODE) {
            setStale(true);
            return;
          }
          const field = fieldOf(failure.code);
          if (field) form.setFieldError(field, failure.problem.detail ?? failure.problem.title);
          else form.setErrors(violationsToFormErrors(failure.violations, FIELDS).errors);
        },
      },
    );
  });

  const loadLatest = async () => {
    setLoadingLatest(true);
    try {
      const latest = await fetchInteraction(editing.id);
      setEditing(latest);
      form.setValues(valuesOf(latest));
      setStale(false);
      update.reset();
    } finally {
      setLoadingLatest(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change interaction">
      <Stack gap="md">
        {stale ? (
          <StaleVersionNotice
            ref={staleRef}
            kind="interaction"
            name={`“${editing.subject}”`}
            loading={loadingLatest}
            onLoadLatest={() => void loadLatest()}
          />
        ) : null}
        <FormProblemAlert problem={general} unmatched={unmatched} fallback="The interaction could not be saved." />
        <Select label="Channel" data={CHANNEL_OPTIONS} required allowDeselect={false} {...form.getInputProps('channel')} />
        <Radio.Group label="Direction" required {...form.getInputProps('direction')}>
          <Group gap="lg" mt={6}>
            <Radio value="OUTBOUND" label="We reached out" />
            <Radio value="INBOUND" label="They reached us" />
          </Group>
        </Radio.Group>
        <TextInput label="Subject" required data-autofocus {...form.getInputProps('subject')} />
        <TextInput label="When" type="datetime-local" required {...form.getInputProps('occurredAt')} />
        <Select
          label="Staff member"
          description="Who was in touch"
          data={options}
          searchable
          required
          allowDeselect={false}
          {...form.getInputProps('staffUsername')}
        />
        <Textarea label="Notes" autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={stale}>
            Save interaction
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The field a business-rule problem is about. */
function fieldOf(code: string): keyof FormValues | null {
  switch (code) {
    case 'interactions.future-date':
      return 'occurredAt';
    case 'interactions.unknown-staff':
      return 'staffUsername';
    default:
      return null;
  }
}
