import { Alert, Button, Card, FileInput, Group, Image, Skeleton, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';

import { ContentLayout } from '@/components/ui/content-layout';
import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { isApiError, type Violation } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/utils/format';
import { useReceiptTemplate, useSaveReceiptTemplate } from '@/features/donations/api/receipts';
import type { ReceiptTemplate, ReceiptTemplateRequest } from '@/features/donations/types/receipts';
import { receiptProblemMessage } from '@/features/donations/utils/receipts';

type TemplateValues = {
  organizationName: string;
  address: string;
  charityRegistrationNumber: string;
  title: string;
  signatoryName: string;
  signatoryTitle: string;
  signatureText: string;
  legalWording: string;
  footer: string;
  logoPngBase64: string | null;
};

const FIELDS = [
  'organizationName',
  'addressLines',
  'charityRegistrationNumber',
  'title',
  'signatoryName',
  'signatoryTitle',
  'signatureText',
  'legalWording',
  'footer',
  'logoPngBase64',
] as const;

/** The largest logo the API takes (its base64 text is at most 4,000,000 characters). */
const MAX_LOGO_BYTES = 2_900_000;

function toValues(template: ReceiptTemplate): TemplateValues {
  return {
    organizationName: template.organizationName,
    address: template.addressLines.join('\n'),
    charityRegistrationNumber: template.charityRegistrationNumber ?? '',
    title: template.title ?? '',
    signatoryName: template.signatoryName,
    signatoryTitle: template.signatoryTitle ?? '',
    signatureText: template.signatureText ?? '',
    legalWording: template.legalWording ?? '',
    footer: template.footer ?? '',
    logoPngBase64: template.logoPngBase64,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function toTemplateRequest(values: TemplateValues, version: number): ReceiptTemplateRequest {
  return {
    organizationName: values.organizationName.trim(),
    addressLines: values.address
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    charityRegistrationNumber: orNull(values.charityRegistrationNumber),
    title: orNull(values.title),
    signatoryName: values.signatoryName.trim(),
    signatoryTitle: orNull(values.signatoryTitle),
    signatureText: orNull(values.signatureText),
    legalWording: orNull(values.legalWording),
    footer: orNull(values.footer),
    logoPngBase64: values.logoPngBase64,
    version,
  };
}

/** A file's bytes as base64 (no `data:` prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

function logoType(base64: string): string {
  return base64.startsWith('/9j/') ? 'image/jpeg' : 'image/png';
}

function TemplateForm({ template }: { template: ReceiptTemplate }) {
  const save = useSaveReceiptTemplate();
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<TemplateValues>({
    initialValues: toValues(template),
    validate: {
      organizationName: (value) => (value.trim() ? null : "Enter the organization's name"),
      signatoryName: (value) => (value.trim() ? null : 'Enter who signs the receipts'),
      address: (value) => (value.split('\n').filter((line) => line.trim()).length > 10 ? 'At most 10 lines' : null),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setUnmatched([]);
    save.mutate(toTemplateRequest(values, template.version), {
      onSuccess: (saved) => {
        form.setValues(toValues(saved));
        form.resetDirty(toValues(saved));
        notifications.show({ color: 'green', message: 'Receipt template saved. New downloads use it.' });
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        const { errors, unmatched: rest } = violationsToFormErrors(error.violations, FIELDS);
        const { addressLines, ...others } = errors;
        form.setErrors(addressLines ? { ...others, address: addressLines } : others);
        setUnmatched(rest);
      },
    });
  });

  const problem = isApiError(save.error) && save.error.violations.length === 0 ? save.error : null;
  const logo = form.values.logoPngBase64;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Receipt template">
      <Stack gap="lg">
        <FormProblemAlert
          problem={problem}
          unmatched={unmatched}
          fallback={(problem && receiptProblemMessage(problem.code)) ?? 'The template could not be saved.'}
        />
        <Card withBorder padding="md" component="section" aria-labelledby="template-organization">
          <Title order={2} size="h4" id="template-organization" mb="sm">
            Organization
          </Title>
          <Stack gap="sm">
            <TextInput label="Organization name" required maxLength={300} {...form.getInputProps('organizationName')} />
            <Textarea
              label="Address"
              description="One line per line of the address, up to 10."
              autosize
              minRows={3}
              {...form.getInputProps('address')}
            />
            <TextInput
              label="Charity registration number"
              maxLength={100}
              {...form.getInputProps('charityRegistrationNumber')}
            />
            <Group align="flex-end" gap="md">
              <FileInput
                label="Logo"
                description="PNG or JPEG, printed at the top of the receipt."
                accept="image/png,image/jpeg"
                leftSection={<IconPhoto size={16} aria-hidden />}
                clearable
                onChange={(file) => {
                  if (!file) return;
                  if (file.size > MAX_LOGO_BYTES) {
                    form.setFieldError('logoPngBase64', 'The logo is too large (at most about 2.9 MB).');
                    return;
                  }
                  void readBase64(file).then((data) => form.setFieldValue('logoPngBase64', data));
                }}
                error={form.errors.logoPngBase64}
                style={{ flex: 1, minWidth: 220 }}
              />
              {logo ? (
                <Group gap="xs">
                  <Image src={`data:${logoType(logo)};base64,${logo}`} alt="Current logo" h={48} w="auto" fit="contain" />
                  <Button variant="subtle" color="red" size="xs" onClick={() => form.setFieldValue('logoPngBase64', null)}>
                    Remove logo
                  </Button>
                </Group>
              ) : null}
            </Group>
          </Stack>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="template-wording">
          <Title order={2} size="h4" id="template-wording" mb="sm">
            Wording
          </Title>
          <Stack gap="sm">
            <TextInput
              label="Title"
              description="The heading of the receipt, e.g. “Official receipt for income tax purposes”."
              maxLength={300}
              {...form.getInputProps('title')}
            />
            <Textarea
              label="Legal wording"
              description="Printed under the gifts: what your tax authority asks a receipt to say."
              autosize
              minRows={4}
              maxLength={20000}
              {...form.getInputProps('legalWording')}
            />
            <TextInput label="Footer" maxLength={1000} {...form.getInputProps('footer')} />
          </Stack>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="template-signature">
          <Title order={2} size="h4" id="template-signature" mb="sm">
            Signature
          </Title>
          <Stack gap="sm">
            <TextInput label="Signatory name" required maxLength={200} {...form.getInputProps('signatoryName')} />
            <TextInput label="Signatory title" maxLength={200} {...form.getInputProps('signatoryTitle')} />
            <TextInput
              label="Signature text"
              description="Printed in italics on the signature line, e.g. the signatory's name as a signature."
              maxLength={200}
              {...form.getInputProps('signatureText')}
            />
          </Stack>
        </Card>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {template.version === 0
              ? 'Not saved yet: receipts use these defaults.'
              : `Last saved ${formatDateTime(template.updatedAt)}${template.updatedBy ? ` by ${template.updatedBy}` : ''}.`}
          </Text>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            Save template
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/receipt-template` (administrators): what every receipt PDF prints besides the receipt's own figures. */
export function ReceiptTemplatePage() {
  const template = useReceiptTemplate();
  return (
    <ContentLayout
      title="Receipt template"
      description="Your organization's name, address, signature and legal wording on every tax receipt. Issued receipts print with the template in force when they are downloaded."
    >
      {template.isPending ? (
        <Skeleton height={480} aria-label="Loading the template" />
      ) : template.isError ? (
        <Alert color="red" variant="light" role="alert">
          The receipt template could not be loaded.
        </Alert>
      ) : (
        <TemplateForm key={template.data.version} template={template.data} />
      )}
    </ContentLayout>
  );
}
