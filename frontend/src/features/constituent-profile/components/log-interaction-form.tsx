import { Button, Checkbox, Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { isApiError, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { useLogInteraction } from '@/features/constituent-profile/api/interactions';
import { useStaffOptions } from '@/hooks/use-staff-options';
import { useProfilePermissions } from '@/features/constituent-profile/hooks/use-profile-permissions';
import {
  INTERACTION_CHANNELS,
  type Interaction,
  type InteractionChannel,
  type InteractionDirection,
} from '@/features/constituent-profile/types/profile';
import { localInputToInstant, nowLocalInput } from '@/features/constituent-profile/utils/dates';
import { CHANNEL_LABELS } from '@/features/constituent-profile/utils/labels';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';

const FIELDS = ['channel', 'direction', 'subject', 'notes', 'occurredAt', 'title', 'assignee', 'dueDate'] as const;

type FormValues = {
  channel: string;
  direction: string;
  subject: string;
  notes: string;
  occurredAt: string;
  followUp: boolean;
  title: string;
  assignee: string;
  dueDate: string;
};

const CHANNEL_OPTIONS = INTERACTION_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }));

type LogInteractionFormProps = {
  constituentId: string;
  constituentName: string;
  onLogged: (interaction: Interaction) => void;
  onCancel: () => void;
};

export function LogInteractionForm({ constituentId, constituentName, onLogged, onCancel }: LogInteractionFormProps) {
  const { username } = useProfilePermissions();
  const log = useLogInteraction(constituentId);
  const staff = useStaffOptions();
  const form = useForm<FormValues>({
    initialValues: {
      channel: 'PHONE',
      direction: 'OUTBOUND',
      subject: '',
      notes: '',
      occurredAt: nowLocalInput(),
      followUp: false,
      title: '',
      assignee: username,
      dueDate: '',
    },
    validate: {
      channel: (value) => (value ? null : 'Choose how you were in touch'),
      subject: (value) => (value.trim() ? null : 'Enter a subject'),
      occurredAt: (value) => (!value || localInputToInstant(value) ? null : 'Enter a valid date and time'),
      title: (value, values) => (!values.followUp || value.trim() ? null : 'Enter what needs doing'),
      dueDate: (value, values) => (!values.followUp || value ? null : 'Choose a due date'),
      assignee: (value, values) => (!values.followUp || value ? null : 'Choose who does it'),
    },
  });

  const unmatched: Violation[] =
    log.error && isApiError(log.error) ? violationsToFormErrors(log.error.violations, FIELDS).unmatched : [];
  const generalProblem =
    log.error && isApiError(log.error) && log.error.violations.length === 0 && !fieldOfCode(log.error.code)
      ? log.error
      : null;

  const onSubmit = form.onSubmit((values) => {
    log.mutate(
      {
        channel: values.channel as InteractionChannel,
        direction: values.direction as InteractionDirection,
        subject: values.subject.trim(),
        notes: values.notes.trim() || null,
        occurredAt: localInputToInstant(values.occurredAt),
        followUp: values.followUp
          ? { title: values.title.trim(), notes: null, assignee: values.assignee, dueDate: values.dueDate }
          : null,
      },
      {
        onSuccess: (interaction) => {
          form.reset();
          onLogged(interaction);
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const field = fieldOfCode(error.code);
          if (field) {
            form.setFieldError(field, error.problem.detail ?? error.problem.title);
          } else {
            form.setErrors(violationsToFormErrors(error.violations, FIELDS).errors);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Log interaction">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          A contact with {constituentName}, logged as yours.
        </Text>
        <FormProblemAlert problem={generalProblem} unmatched={unmatched} fallback="The interaction could not be saved." />
        <Select
          label="Channel"
          data={CHANNEL_OPTIONS}
          required
          allowDeselect={false}
          {...form.getInputProps('channel')}
        />
        <Radio.Group label="Direction" required {...form.getInputProps('direction')}>
          <Group gap="lg" mt={6}>
            <Radio value="OUTBOUND" label="We reached out" />
            <Radio value="INBOUND" label="They reached us" />
          </Group>
        </Radio.Group>
        <TextInput label="Subject" required data-autofocus {...form.getInputProps('subject')} />
        <TextInput
          label="When"
          type="datetime-local"
          description="Leave as is for now"
          {...form.getInputProps('occurredAt')}
        />
        <Textarea label="Notes" autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
        <Checkbox
          label="Create a follow-up task"
          {...form.getInputProps('followUp', { type: 'checkbox' })}
        />
        {form.values.followUp ? (
          <Stack gap="sm" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-blue-2)' }}>
            <TextInput label="Follow-up" placeholder="e.g. Send the annual report" required {...form.getInputProps('title')} />
            <TextInput label="Due" type="date" required {...form.getInputProps('dueDate')} />
            <Select
              label="Assigned to"
              data={staff.data ?? [{ value: username, label: username }]}
              searchable
              required
              allowDeselect={false}
              {...form.getInputProps('assignee')}
            />
          </Stack>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={log.isPending}>
            Log interaction
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The field a business-rule problem is about. */
function fieldOfCode(code: string): keyof FormValues | null {
  switch (code) {
    case 'interactions.future-date':
      return 'occurredAt';
    case 'tasks.unknown-assignee':
      return 'assignee';
    default:
      return null;
  }
}
