import { Button, Checkbox, Grid, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';

import { FormProblemAlert } from '@/components/ui/form-problem-alert';
import { MoneyInput } from '@/components/ui/money-input';
import { isApiError, type ApiError } from '@/lib/api-client';
import { violationsToFormErrors } from '@/lib/form-errors';
import { COMMON_CURRENCIES, normalizeAmount, validateAmount } from '@/utils/money';
import {
  appealRequest,
  campaignRequest,
  fundRequest,
  useSaveAppeal,
  useSaveCampaign,
  useSaveFund,
} from '@/features/donations/api/campaigns';
import type { Appeal, Campaign, Fund } from '@/features/donations/types/donations';

/** Business-rule problems of funds and campaigns that belong to one field (docs/problems.md, campaigns). */
const CODE_FIELDS: Record<string, string> = {
  'campaigns.fund-code-taken': 'code',
  'campaigns.invalid-goal': 'goal',
  'campaigns.dates': 'endDate',
  'campaigns.unknown-parent': 'parentId',
  'campaigns.parent-cycle': 'parentId',
  'campaigns.unknown-campaign': 'campaignId',
};

type Errors = { setFieldError: (path: string, message: string) => void; setErrors: (errors: Record<string, string>) => void };

function onSaveError(form: Errors, fields: readonly string[]) {
  return (error: unknown) => {
    if (!isApiError(error)) return;
    const field = CODE_FIELDS[error.code];
    if (field && fields.includes(field)) form.setFieldError(field, error.problem.detail ?? error.problem.title);
    else form.setErrors(violationsToFormErrors(error.violations, fields).errors);
  };
}

function general(error: unknown, fields: readonly string[]): ApiError | null {
  if (!isApiError(error) || error.violations.length > 0) return null;
  const field = CODE_FIELDS[error.code];
  return field && fields.includes(field) ? null : error;
}

type EditorProps<T> = { item: T | null; opened: boolean; onClose: () => void };

const FUND_FIELDS = ['code', 'name', 'restricted'] as const;

export function FundModal({ item, opened, onClose }: EditorProps<Fund>) {
  const save = useSaveFund();
  const form = useForm({
    initialValues: { code: item?.code ?? '', name: item?.name ?? '', restricted: item?.restricted ?? false },
    validate: {
      code: (value) => (/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(value.trim()) ? null : "1 to 40 letters, digits, '-' or '_'"),
      name: (value) => (value.trim() ? null : 'Enter a name'),
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const request = { code: values.code.trim(), name: values.name.trim(), restricted: values.restricted };
    save.mutate(
      { id: item?.id ?? null, request: item ? fundRequest(item, request) : { ...request, active: true } },
      { onSuccess: onClose, onError: onSaveError(form, FUND_FIELDS) },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{item ? 'Edit fund' : 'New fund'}</Text>}>
      <form onSubmit={onSubmit} noValidate aria-label={item ? 'Edit fund' : 'New fund'}>
        <Stack gap="md">
          <FormProblemAlert problem={general(save.error, FUND_FIELDS)} fallback="The fund could not be saved." />
          <TextInput label="Code" required description="Short and unique, e.g. GEN or SCHOLARSHIP" data-autofocus {...form.getInputProps('code')} />
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <Checkbox label="Restricted (may be spent only for its purpose)" {...form.getInputProps('restricted', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {item ? 'Save' : 'Create fund'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const CAMPAIGN_FIELDS = ['name', 'goal', 'currency', 'startDate', 'endDate', 'parentId'] as const;

export function CampaignModal({ item, opened, onClose, campaigns }: EditorProps<Campaign> & { campaigns: Campaign[] }) {
  const save = useSaveCampaign();
  const form = useForm({
    initialValues: {
      name: item?.name ?? '',
      goal: item?.goal ?? '',
      currency: item?.currency ?? 'USD',
      startDate: item?.startDate ?? '',
      endDate: item?.endDate ?? '',
      parentId: item?.parentId ?? null,
    },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter a name'),
      goal: (value) => validateAmount(value, { optional: true }),
      endDate: (value, values) =>
        value && values.startDate && value < values.startDate ? 'The end cannot be before the start' : null,
    },
  });
  const parents = campaigns
    .filter((campaign) => campaign.id !== item?.id && campaign.active)
    .map((campaign) => ({ value: campaign.id, label: campaign.name }));
  const onSubmit = form.onSubmit((values) => {
    const goal = values.goal.trim() ? normalizeAmount(values.goal) : null;
    const request = {
      name: values.name.trim(),
      goal,
      currency: goal ? values.currency : null,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      parentId: values.parentId,
    };
    save.mutate(
      { id: item?.id ?? null, request: item ? campaignRequest(item, request) : { ...request, active: true } },
      { onSuccess: onClose, onError: onSaveError(form, CAMPAIGN_FIELDS) },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{item ? 'Edit campaign' : 'New campaign'}</Text>} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={item ? 'Edit campaign' : 'New campaign'}>
        <Stack gap="md">
          <FormProblemAlert problem={general(save.error, CAMPAIGN_FIELDS)} fallback="The campaign could not be saved." />
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <MoneyInput label="Goal" {...form.getInputProps('goal')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label="Goal currency" data={[...COMMON_CURRENCIES]} searchable allowDeselect={false} {...form.getInputProps('currency')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6 }}>
              <TextInput label="Starts" type="date" {...form.getInputProps('startDate')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6 }}>
              <TextInput label="Ends" type="date" {...form.getInputProps('endDate')} />
            </Grid.Col>
          </Grid>
          <Select label="Part of campaign" data={parents} clearable searchable {...form.getInputProps('parentId')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {item ? 'Save' : 'Create campaign'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const APPEAL_FIELDS = ['campaignId', 'name'] as const;

export function AppealModal({ item, opened, onClose, campaigns }: EditorProps<Appeal> & { campaigns: Campaign[] }) {
  const save = useSaveAppeal();
  const form = useForm({
    initialValues: { campaignId: item?.campaignId ?? null, name: item?.name ?? '' },
    validate: {
      campaignId: (value) => (value ? null : 'Choose the campaign'),
      name: (value) => (value.trim() ? null : 'Enter a name'),
    },
  });
  const options = campaigns
    .filter((campaign) => campaign.active || campaign.id === item?.campaignId)
    .map((campaign) => ({ value: campaign.id, label: campaign.name }));
  const onSubmit = form.onSubmit((values) => {
    const request = { campaignId: values.campaignId ?? '', name: values.name.trim() };
    save.mutate(
      { id: item?.id ?? null, request: item ? appealRequest(item, request) : { ...request, active: true } },
      { onSuccess: onClose, onError: onSaveError(form, APPEAL_FIELDS) },
    );
  });
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{item ? 'Edit appeal' : 'New appeal'}</Text>}>
      <form onSubmit={onSubmit} noValidate aria-label={item ? 'Edit appeal' : 'New appeal'}>
        <Stack gap="md">
          <FormProblemAlert problem={general(save.error, APPEAL_FIELDS)} fallback="The appeal could not be saved." />
          <Select label="Campaign" required data={options} searchable allowDeselect={false} {...form.getInputProps('campaignId')} />
          <TextInput label="Name" required description="e.g. Spring mailing, Year-end email" data-autofocus {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {item ? 'Save' : 'Create appeal'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
