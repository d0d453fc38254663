import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';

import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { useCreateRelationship, useRelationshipTypes } from '@/features/constituent-profile/api/relationships';
import { ConstituentPicker } from '@/components/ui/constituent-picker';
import type { ConstituentSearchItem, Profile } from '@/features/constituent-profile/types/profile';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';

type FormValues = {
  other: ConstituentSearchItem | null;
  /** `<type code>:out` (this constituent is the label of the other) or `:in` (the inverse). */
  kind: string | null;
  startDate: string;
  notes: string;
};

const FIELDS = ['type', 'startDate', 'notes'] as const;

type AddRelationshipModalProps = {
  profile: Profile;
  opened: boolean;
  onClose: () => void;
};

export function AddRelationshipModal({ profile, opened, onClose }: AddRelationshipModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add relationship" size="lg">
      {opened ? <AddRelationshipForm profile={profile} onDone={onClose} /> : null}
    </Modal>
  );
}

function AddRelationshipForm({ profile, onDone }: { profile: Profile; onDone: () => void }) {
  const types = useRelationshipTypes();
  const create = useCreateRelationship();
  const form = useForm<FormValues>({
    initialValues: { other: null, kind: null, startDate: '', notes: '' },
    validate: {
      other: (value) => (value ? null : 'Choose the other constituent'),
      kind: (value) => (value ? null : 'Choose how they are related'),
    },
  });

  // Both readings of every type, from this constituent's side: "Employee of" and "Employer of".
  const kindOptions = useMemo(() => {
    const options: { value: string; label: string }[] = [];
    for (const type of types.data ?? []) {
      if (!type.active) continue;
      options.push({ value: `${type.code}:out`, label: type.label });
      if (!type.symmetric && type.inverseLabel && type.inverseLabel !== type.label) {
        options.push({ value: `${type.code}:in`, label: type.inverseLabel });
      }
    }
    return options.sort((a, b) => a.label.localeCompare(b.label));
  }, [types.data]);

  const problem = create.error && isApiError(create.error) ? create.error : null;
  const unmatched = problem ? violationsToFormErrors(problem.violations, FIELDS).unmatched : [];

  const onSubmit = form.onSubmit((values) => {
    if (!values.other || !values.kind) return;
    const [code = '', side] = values.kind.split(':');
    const other = values.other;
    create.mutate(
      {
        fromId: side === 'in' ? other.id : profile.id,
        toId: side === 'in' ? profile.id : other.id,
        type: code,
        startDate: values.startDate || null,
        endDate: null,
        active: true,
        notes: values.notes.trim() || null,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `Relationship with ${other.displayName} added.` });
          onDone();
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const { errors } = violationsToFormErrors(error.violations, FIELDS);
          if (errors.type) form.setFieldError('kind', errors.type);
          if (errors.startDate) form.setFieldError('startDate', errors.startDate);
          if (errors.notes) form.setFieldError('notes', errors.notes);
        },
      },
    );
  });

  const chosenLabel = kindOptions.find((option) => option.value === form.values.kind)?.label;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add relationship">
      <Stack gap="md">
        <FormProblemAlert problem={problem} unmatched={unmatched} fallback="The relationship could not be saved." />
        <ConstituentPicker
          label="Related constituent"
          required
          modalFocus
          exclude={[profile.id]}
          value={form.values.other}
          onChange={(value) => form.setFieldValue('other', value)}
          error={form.errors.other as string | undefined}
        />
        <Select
          label={`${profile.displayName} is…`}
          placeholder={types.isLoading ? 'Loading types…' : 'Choose a relationship'}
          data={kindOptions}
          searchable
          required
          {...form.getInputProps('kind')}
          description={
            chosenLabel && form.values.other
              ? `${profile.displayName} is ${chosenLabel.toLowerCase()} ${form.values.other.displayName}`
              : undefined
          }
        />
        <TextInput label="Since" type="date" {...form.getInputProps('startDate')} />
        <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add relationship
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
