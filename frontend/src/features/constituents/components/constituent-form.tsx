import {
  Button,
  Checkbox,
  Divider,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';

import { UnsavedChangesModal } from '@/components/ui/unsaved-changes-modal';
import { useUnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';
import { isApiError, type Problem, type Violation } from '@/lib/api-client';
import {
  AddressesFields,
  EmailsFields,
  ExternalIdsFields,
  PhonesFields,
} from '@/features/constituents/components/contact-fields';
import { NoticeAlert } from '@/components/ui/notice-alert';
import { TagsInputWithSuggestions } from '@/features/constituents/components/tags-input-with-suggestions';
import {
  CONSTITUENT_TYPES,
  CONSTITUENT_TYPE_LABELS,
  isConstituentType,
  type Constituent,
  type ConstituentRequest,
  type ConstituentType,
} from '@/features/constituents/types/constituent';
import {
  mapViolations,
  toFormValues,
  toRequest,
  validateValues,
  type ConstituentFormValues,
} from '@/features/constituents/utils/form-values';
import { FormSection, focusFirstError } from '@/components/ui/form-section';

type ConstituentFormProps = {
  /** The constituent to edit; without it the form creates one. */
  constituent?: Constituent;
  /** The type a new constituent starts with. */
  initialType?: ConstituentType;
  submitLabel: string;
  /** Sends the request; rejects with an ApiError the form shows on its fields. */
  onSubmit: (request: ConstituentRequest) => Promise<unknown>;
  onCancel: () => void;
  /** A problem the page handles itself (e.g. a stale version): the form shows nothing for it. */
  handlesProblem?: (problem: Problem) => boolean;
  /** Shown above the buttons, e.g. the page's stale-version message. */
  notice?: ReactNode;
  /** Turns off the save button (e.g. while the record is known to be stale). */
  submitDisabled?: boolean;
};


/** Create or edit a constituent: one form for both, with the server's answers on the fields. */
export function ConstituentForm({
  constituent,
  initialType = 'INDIVIDUAL',
  submitLabel,
  onSubmit,
  onCancel,
  handlesProblem,
  notice,
  submitDisabled = false,
}: ConstituentFormProps) {
  const editing = constituent !== undefined;
  const form = useForm<ConstituentFormValues>({
    initialValues: toFormValues(constituent, initialType),
    validate: (values) => validateValues(values),
    validateInputOnBlur: true,
  });
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const [failure, setFailure] = useState<Problem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const values = form.values;
  const guard = useUnsavedChangesGuard(form.isDirty());

  const submit = form.onSubmit(
    async (formValues) => {
      setUnmatched([]);
      setFailure(null);
      setSubmitting(true);
      guard.allowLeaving(); // a successful save moves on to the profile
      try {
        await onSubmit(toRequest(formValues, constituent?.version));
      } catch (error) {
        guard.guardAgain();
        if (!isApiError(error)) throw error;
        if (handlesProblem?.(error.problem)) return;
        if (error.violations.length > 0) {
          const mapped = mapViolations(error.violations, formValues);
          form.setErrors(mapped.errors);
          setUnmatched(mapped.unmatched);
          if (mapped.unmatched.length === 0 && Object.keys(mapped.errors).length === 0) setFailure(error.problem);
        } else if (error.code === 'constituents.external-id-taken') {
          form.setFieldError('externalIds', error.problem.detail ?? error.problem.title);
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

  const changeType = (value: string) => {
    if (!isConstituentType(value)) return;
    form.setFieldValue('type', value);
    if (value === 'HOUSEHOLD' && !values.name.trim()) form.setFieldValue('nameGenerated', true);
    form.clearErrors();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit constituent' : 'New constituent'}>
      <UnsavedChangesModal blocker={guard.blocker} />
      <Stack gap="md">
        {unmatched.length > 0 || failure ? (
          <NoticeAlert color="red" role="alert" title="Please check the form">
            {failure ? <div>{failure.detail ?? failure.title}</div> : null}
            {unmatched.map((violation) => (
              <div key={`${violation.field}:${violation.message}`}>
                {violation.field}: {violation.message}
              </div>
            ))}
          </NoticeAlert>
        ) : null}

        <FormSection title="Name">
          {editing ? (
            <Text size="sm">
              Type: <strong>{CONSTITUENT_TYPE_LABELS[values.type]}</strong>{' '}
              <Text span c="dimmed" size="sm">
                (cannot be changed)
              </Text>
            </Text>
          ) : (
            <Radio.Group label="Type" required value={values.type} onChange={changeType} error={form.errors.type}>
              <Group gap="lg" mt={6}>
                {CONSTITUENT_TYPES.map((type) => (
                  <Radio key={type} value={type} label={CONSTITUENT_TYPE_LABELS[type]} />
                ))}
              </Group>
            </Radio.Group>
          )}

          {values.type === 'INDIVIDUAL' ? (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
                <TextInput label="Prefix" placeholder="e.g. Dr." maxLength={40} {...form.getInputProps('prefix')} />
                <TextInput
                  label="First name"
                  maxLength={100}
                  autoComplete="off"
                  data-autofocus
                  {...form.getInputProps('firstName')}
                />
                <TextInput label="Middle name" maxLength={100} autoComplete="off" {...form.getInputProps('middleName')} />
                <TextInput
                  label="Last name"
                  required
                  maxLength={100}
                  autoComplete="off"
                  {...form.getInputProps('lastName')}
                />
                <TextInput label="Suffix" placeholder="e.g. Jr." maxLength={40} {...form.getInputProps('suffix')} />
                <TextInput
                  label="Preferred name"
                  description="What they like to be called"
                  maxLength={100}
                  autoComplete="off"
                  {...form.getInputProps('preferredName')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
                <TextInput label="Birth date" type="date" {...form.getInputProps('birthDate')} />
                <Checkbox
                  label="Deceased"
                  mt={{ base: 0, xs: 30 }}
                  {...form.getInputProps('deceased', { type: 'checkbox' })}
                />
                {values.deceased ? (
                  <TextInput label="Date of death" type="date" {...form.getInputProps('deceasedDate')} />
                ) : null}
              </SimpleGrid>
            </>
          ) : (
            <Stack gap="xs">
              {values.type === 'HOUSEHOLD' ? (
                <Checkbox
                  label="Generate the name from the members (e.g. “The Smith Household”)"
                  {...form.getInputProps('nameGenerated', { type: 'checkbox' })}
                />
              ) : null}
              {values.type === 'ORGANIZATION' || !values.nameGenerated ? (
                <TextInput
                  label={values.type === 'ORGANIZATION' ? 'Organization name' : 'Household name'}
                  required
                  maxLength={200}
                  autoComplete="off"
                  data-autofocus
                  {...form.getInputProps('name')}
                />
              ) : null}
            </Stack>
          )}
        </FormSection>

        <FormSection title="Contact">
          <EmailsFields form={form} />
          <Divider />
          <PhonesFields form={form} />
          <Divider />
          <AddressesFields form={form} />
        </FormSection>

        <FormSection title="Communication">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <TextInput
              label="Formal salutation"
              placeholder="e.g. Dear Dr. Smith"
              maxLength={300}
              {...form.getInputProps('formalSalutation')}
            />
            <TextInput
              label="Informal salutation"
              placeholder="e.g. Dear Jane"
              maxLength={300}
              {...form.getInputProps('informalSalutation')}
            />
          </SimpleGrid>
          <Group gap="xl">
            <Checkbox
              label="Do not contact"
              description="No mail, email or calls at all"
              {...form.getInputProps('doNotContact', { type: 'checkbox' })}
            />
            <Checkbox
              label="Do not solicit"
              description="Contact is fine, but no fundraising appeals"
              {...form.getInputProps('doNotSolicit', { type: 'checkbox' })}
            />
          </Group>
        </FormSection>

        <FormSection title="More details">
          <TagsInputWithSuggestions
            label="Tags"
            description="Pick a tag in use or type a new one; Enter or comma after each"
            maxTags={50}
            clearable
            splitChars={[',']}
            {...form.getInputProps('tags')}
          />
          <TextInput
            label="Source"
            description="How they came to you, e.g. gala-2026, website"
            maxLength={100}
            {...form.getInputProps('source')}
          />
          <ExternalIdsFields form={form} />
          <Textarea label="Notes" autosize minRows={3} maxRows={12} {...form.getInputProps('notes')} />
        </FormSection>

        {notice}

        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={() => {
              guard.allowLeaving(); // an explicit cancel discards the changes
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
