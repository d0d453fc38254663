import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';

import { UnsavedChangesModal } from '@/components/ui/unsaved-changes-modal';
import { useUnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';
import { isApiError, type Problem, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { timeZones } from '@/utils/time-zones';
import type { EventRequest, StewardEvent } from '@/types/events';
import {
  EVENT_FORM_FIELDS,
  newQuestion,
  toFormValues,
  toRequest,
  validateValues,
  type EventFormValues,
} from '@/features/events/utils/form-values';
import { FormSection, focusFirstError } from '@/components/ui/form-section';

/** Business rules the server answers with 422 that belong to one field. */
const PROBLEM_FIELDS: Record<string, keyof EventFormValues> = {
  'events.invalid-dates': 'endsAt',
  'events.location-required': 'venue',
  'events.unknown-time-zone': 'timeZone',
};

type EventFormProps = {
  event?: StewardEvent;
  submitLabel: string;
  onSubmit: (request: EventRequest) => Promise<unknown>;
  onCancel: () => void;
  /** A problem the page handles itself (a stale version): the form shows nothing for it. */
  handlesProblem?: (problem: Problem) => boolean;
  notice?: ReactNode;
  submitDisabled?: boolean;
};


/** An event's set-up: one form to create and to edit, with the server's answers on the fields. */
export function EventForm({
  event,
  submitLabel,
  onSubmit,
  onCancel,
  handlesProblem,
  notice,
  submitDisabled = false,
}: EventFormProps) {
  const form = useForm<EventFormValues>({
    initialValues: toFormValues(event),
    validate: (values) => validateValues(values),
  });
  const zones = useMemo(() => timeZones(), []);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const guard = useUnsavedChangesGuard(form.isDirty());
  const questions = form.values.questions;

  const submit = form.onSubmit(
    async (values) => {
      setUnmatched([]);
      setFailure(null);
      setSubmitting(true);
      guard.allowLeaving();
      try {
        await onSubmit(toRequest(values, event?.version));
      } catch (error) {
        guard.guardAgain();
        if (!isApiError(error)) throw error;
        if (handlesProblem?.(error.problem)) return;
        const field = PROBLEM_FIELDS[error.code];
        if (error.violations.length > 0) {
          const mapped = violationsToFormErrors(error.violations, EVENT_FORM_FIELDS);
          form.setErrors(mapped.errors);
          setUnmatched(mapped.unmatched);
        } else if (field) {
          form.setFieldError(field, error.problem.detail ?? error.problem.title);
        } else {
          setFailure(error.problem);
        }
        focusFirstError();
      } finally {
        setSubmitting(false);
      }
    },
    () => focusFirstError(),
  );

  const move = (from: number, to: number) => form.reorderListItem('questions', { from, to });

  return (
    <form onSubmit={submit} noValidate aria-label={event ? 'Edit event' : 'New event'}>
      <UnsavedChangesModal blocker={guard.blocker} />
      <Stack gap="md">
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

        <FormSection title="About">
          <TextInput label="Title" required maxLength={300} data-autofocus {...form.getInputProps('title')} />
          <Textarea label="Description" autosize minRows={3} maxLength={20000} {...form.getInputProps('description')} />
        </FormSection>

        <FormSection title="Where">
          <Text size="sm" c="dimmed">
            A venue, an online link, or both.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Venue" maxLength={300} {...form.getInputProps('venue')} />
            <TextInput
              label="Online link"
              type="url"
              inputMode="url"
              placeholder="https://"
              maxLength={1000}
              {...form.getInputProps('onlineUrl')}
            />
          </SimpleGrid>
          <Textarea label="Address" autosize minRows={2} maxLength={1000} {...form.getInputProps('address')} />
        </FormSection>

        <FormSection title="When">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Starts" type="datetime-local" required {...form.getInputProps('startsAt')} />
            <TextInput label="Ends" type="datetime-local" required {...form.getInputProps('endsAt')} />
          </SimpleGrid>
          <Select
            label="Time zone"
            description="The dates above are in this zone"
            required
            searchable
            data={zones}
            limit={50}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('timeZone')}
            onChange={(value) => form.setFieldValue('timeZone', value ?? '')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Registration opens"
              description="Empty: as soon as it is published"
              type="datetime-local"
              {...form.getInputProps('registrationOpensAt')}
            />
            <TextInput
              label="Registration closes"
              description="Empty: when the event ends"
              type="datetime-local"
              {...form.getInputProps('registrationClosesAt')}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title="Seats">
          <TextInput
            label="Capacity"
            description="Seats in all; empty for no limit"
            inputMode="numeric"
            w={{ base: '100%', xs: 240 }}
            {...form.getInputProps('capacity')}
          />
        </FormSection>

        <FormSection title="Questions">
          <Text size="sm" c="dimmed">
            Asked of everyone who registers, in this order.
          </Text>
          {form.errors.questions ? (
            <Text size="sm" c="red" role="alert">
              {form.errors.questions}
            </Text>
          ) : null}
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {questions.map((question, index) => (
              <li key={question.key}>
                <Paper withBorder radius="sm" p="xs">
                  <Stack gap={6}>
                    <TextInput
                      label={`Question ${index + 1}`}
                      maxLength={500}
                      {...form.getInputProps(`questions.${index}.text`)}
                    />
                    <Group justify="space-between" gap="xs">
                      <Checkbox
                        label="Required"
                        {...form.getInputProps(`questions.${index}.required`, { type: 'checkbox' })}
                      />
                      <Group gap={4}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Move question ${index + 1} up`}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                        >
                          <IconArrowUp size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Move question ${index + 1} down`}
                          disabled={index === questions.length - 1}
                          onClick={() => move(index, index + 1)}
                        >
                          <IconArrowDown size={18} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove question ${index + 1}`}
                          onClick={() => form.removeListItem('questions', index)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Group>
                  </Stack>
                </Paper>
              </li>
            ))}
          </Stack>
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => form.insertListItem('questions', newQuestion())}
            >
              Add question
            </Button>
          </Group>
        </FormSection>

        {notice}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
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
