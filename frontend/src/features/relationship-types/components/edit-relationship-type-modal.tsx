import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';

import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { useUpdateRelationshipType } from '@/features/relationship-types/api/update-relationship-type';
import {
  LABEL_TAKEN,
  labelTakenMessage,
  validateInverseLabel,
  validateLabel,
} from '@/features/relationship-types/utils/labels';
import type { RelationshipType } from '@/types/relationships';

const FIELDS = ['label', 'inverseLabel'] as const;
const INVERSE_LABEL_REQUIRED = 'relationships.inverse-label-required';

type EditRelationshipTypeModalProps = {
  /**
   * A custom type to relabel (built-in types cannot be changed), as last read: after someone else's change the
   * form starts again from the stored labels.
   */
  type: RelationshipType | null;
  onClose: () => void;
};

export function EditRelationshipTypeModal({ type, onClose }: EditRelationshipTypeModalProps) {
  return (
    <Modal opened={type !== null} onClose={onClose} title="Edit relationship type" centered>
      {type ? <EditRelationshipTypeForm key={`${type.code}:${type.version}`} type={type} onDone={onClose} /> : null}
    </Modal>
  );
}

function EditRelationshipTypeForm({ type, onDone }: { type: RelationshipType; onDone: () => void }) {
  const update = useUpdateRelationshipType();
  const form = useForm<{ label: string; inverseLabel: string }>({
    initialValues: { label: type.label, inverseLabel: type.inverseLabel },
    validate: {
      label: validateLabel,
      inverseLabel: (value) => validateInverseLabel(value, type.symmetric),
    },
  });

  // Failures are also notified by the API client; violations no field shows are listed above the form.
  const unmatched =
    update.error && isApiError(update.error) ? violationsToFormErrors(update.error.violations, FIELDS).unmatched : [];

  const onSubmit = form.onSubmit((values) => {
    update.mutate(
      {
        code: type.code,
        request: {
          label: values.label.trim(),
          inverseLabel: type.symmetric ? null : values.inverseLabel.trim(),
          active: type.active,
          version: type.version,
        },
      },
      {
        onSuccess: (updated) => {
          notifications.show({ color: 'green', message: `Relationship type “${updated.label}” saved.` });
          onDone();
        },
        onError: (failure) => {
          if (!isApiError(failure)) return;
          if (failure.code === LABEL_TAKEN) {
            form.setFieldError('label', labelTakenMessage(failure.problem.detail));
          } else if (failure.code === INVERSE_LABEL_REQUIRED) {
            form.setFieldError('inverseLabel', 'Enter how the other side reads');
          } else {
            form.setErrors(violationsToFormErrors(failure.violations, FIELDS).errors);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit relationship type">
      <Stack gap="md">
        <FormProblemAlert unmatched={unmatched} />
        <Text size="sm">
          The code <Code>{type.code}</Code> stays as it is. Relationships of this type show the new labels at once.
        </Text>
        <TextInput
          label="Label"
          description="How the first constituent relates to the second"
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('label')}
        />
        {type.symmetric ? (
          <Text size="sm" c="dimmed">
            This type reads the same both ways.
          </Text>
        ) : (
          <TextInput
            label="Inverse label"
            description="How the second constituent relates back"
            autoComplete="off"
            required
            {...form.getInputProps('inverseLabel')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
