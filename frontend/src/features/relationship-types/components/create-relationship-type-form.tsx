import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { isApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { useCreateRelationshipType } from '@/features/relationship-types/api/create-relationship-type';
import {
  LABEL_TAKEN,
  labelTakenMessage,
  previewTypeCode,
  validateInverseLabel,
  validateLabel,
} from '@/features/relationship-types/utils/labels';
import type { RelationshipType } from '@/types/relationships';

const FIELDS = ['label', 'inverseLabel', 'symmetric'] as const;

/** Problems the form shows on a field rather than above the form. */
const TYPE_EXISTS = 'relationships.type-exists';
const INVERSE_LABEL_REQUIRED = 'relationships.inverse-label-required';

type FormValues = {
  label: string;
  inverseLabel: string;
  symmetric: boolean;
};

type CreateRelationshipTypeFormProps = {
  onCreated: (type: RelationshipType) => void;
  onCancel: () => void;
};

export function CreateRelationshipTypeForm({ onCreated, onCancel }: CreateRelationshipTypeFormProps) {
  const create = useCreateRelationshipType();
  const form = useForm<FormValues>({
    initialValues: { label: '', inverseLabel: '', symmetric: false },
    validate: {
      label: validateLabel,
      inverseLabel: (value, values) => validateInverseLabel(value, values.symmetric),
    },
  });

  const error = create.error && isApiError(create.error) ? create.error : null;
  const unmatched = error ? violationsToFormErrors(error.violations, FIELDS).unmatched : [];
  // Shown above the form: what no field explains.
  const problem = error && ![TYPE_EXISTS, LABEL_TAKEN, INVERSE_LABEL_REQUIRED].includes(error.code) ? error : null;

  const code = previewTypeCode(form.values.label);

  const onSubmit = form.onSubmit((values) => {
    create.mutate(
      {
        label: values.label.trim(),
        inverseLabel: values.symmetric ? null : values.inverseLabel.trim(),
        symmetric: values.symmetric,
      },
      {
        onSuccess: (type) => {
          form.reset();
          onCreated(type);
        },
        onError: (failure) => {
          if (!isApiError(failure)) return;
          if (failure.code === TYPE_EXISTS) {
            form.setFieldError(
              'label',
              `A type with the code “${code}” already exists. Choose another label, or reactivate that type.`,
            );
          } else if (failure.code === LABEL_TAKEN) {
            form.setFieldError('label', labelTakenMessage(failure.problem.detail));
          } else if (failure.code === INVERSE_LABEL_REQUIRED) {
            form.setFieldError('inverseLabel', 'Enter how the other side reads, e.g. “Godchild of”');
          } else {
            form.setErrors(violationsToFormErrors(failure.violations, FIELDS).errors);
          }
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New relationship type">
      <Stack gap="md">
        <FormProblemAlert problem={problem} unmatched={unmatched} fallback="The relationship type could not be saved." />
        <TextInput
          label="Label"
          description={
            code
              ? `How the first constituent relates to the second. Code: ${code}`
              : 'How the first constituent relates to the second, e.g. “Godparent of”'
          }
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('label')}
        />
        <Checkbox
          label="Reads the same both ways"
          description="Like “Sibling of”: no separate inverse label. This cannot be changed later."
          {...form.getInputProps('symmetric', { type: 'checkbox' })}
          onChange={(event) => {
            form.setFieldValue('symmetric', event.currentTarget.checked);
            form.clearFieldError('inverseLabel');
          }}
        />
        {form.values.symmetric ? null : (
          <TextInput
            label="Inverse label"
            description="How the second constituent relates back, e.g. “Godchild of”"
            autoComplete="off"
            required
            {...form.getInputProps('inverseLabel')}
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create type
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
