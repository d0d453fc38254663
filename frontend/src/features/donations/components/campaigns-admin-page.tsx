import { Badge, Button, Group, Progress, Stack, Switch, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingBank, IconPlus, IconSpeakerphone, IconTargetArrow } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError } from '@/lib/api-client';
import { formatMoney, toCents } from '@/utils/money';
import {
  appealRequest,
  campaignRequest,
  fundRequest,
  useAppeals,
  useCampaigns,
  useFunds,
  useSaveAppeal,
  useSaveCampaign,
  useSaveFund,
} from '@/features/donations/api/campaigns';
import { AppealModal, CampaignModal, FundModal } from '@/features/donations/components/campaign-forms';
import type { Appeal, Campaign, Fund } from '@/features/donations/types/donations';
import { formatDay } from '@/features/donations/utils/labels';

type Editing<T> = { item: T | null } | null;

function ActiveBadge({ active }: { active: boolean }) {
  return active ? null : (
    <Badge size="xs" color="gray" variant="light">
      Retired
    </Badge>
  );
}

function retireMessage(error: unknown): string {
  return isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Could not be saved.';
}

/** Retire / Restore: a PUT of the same record with `active` flipped and the version read. */
function RetireButton({ name, active, pending, onToggle }: { name: string; active: boolean; pending: boolean; onToggle: () => void }) {
  return (
    <Button size="compact-xs" variant="subtle" color={active ? 'red' : 'blue'} loading={pending} onClick={onToggle} aria-label={`${active ? 'Retire' : 'Restore'} ${name}`}>
      {active ? 'Retire' : 'Restore'}
    </Button>
  );
}

/** Raised vs goal when the API says what was raised; otherwise just the goal. */
export function CampaignGoal({ campaign }: { campaign: Campaign }) {
  if (!campaign.goal || !campaign.currency) return <Text size="sm">—</Text>;
  const goal = formatMoney(campaign.goal, campaign.currency);
  const raised = campaign.raised ?? null;
  const goalCents = toCents(campaign.goal);
  const raisedCents = toCents(raised);
  if (raised === null || raisedCents === null || !goalCents) return <Text size="sm">{goal}</Text>;
  // A whole percentage for the bar only; the amounts shown stay exact.
  const percent = Number((raisedCents * 100n) / goalCents);
  return (
    <Stack gap={2} miw={160}>
      <Text size="sm">
        {formatMoney(raised, campaign.currency)} of {goal}
      </Text>
      <Progress value={Math.min(percent, 100)} aria-label={`${percent}% of the goal of ${campaign.name}`} size="sm" />
    </Stack>
  );
}

function FundsPanel({ showRetired }: { showRetired: boolean }) {
  const funds = useFunds();
  const save = useSaveFund();
  const [editing, setEditing] = useState<Editing<Fund>>(null);
  const records = (funds.data ?? []).filter((fund) => showRetired || fund.active);
  const toggle = (fund: Fund) =>
    save.mutate(
      { id: fund.id, request: fundRequest(fund, { active: !fund.active }) },
      { onError: (error) => notifications.show({ color: 'red', message: retireMessage(error) }) },
    );
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ item: null })}>
          New fund
        </Button>
      </Group>
      <DataTable<Fund>
        aria-label="Funds"
        withTableBorder
        borderRadius="md"
        striped
        minHeight={records.length ? undefined : 160}
        fetching={funds.isPending}
        records={records}
        noRecordsText="No funds yet."
        columns={[
          { accessor: 'code', title: 'Code' },
          {
            accessor: 'name',
            title: 'Name',
            render: (fund) => (
              <Group gap={6}>
                <Text size="sm">{fund.name}</Text>
                <ActiveBadge active={fund.active} />
              </Group>
            ),
          },
          {
            accessor: 'restricted',
            title: 'Restricted',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (fund) => (fund.restricted ? 'Yes' : 'No'),
          },
          {
            accessor: 'actions',
            title: 'Actions',
            textAlign: 'right',
            render: (fund) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ item: fund })} aria-label={`Edit ${fund.name}`}>
                  Edit
                </Button>
                <RetireButton name={fund.name} active={fund.active} pending={save.isPending && save.variables?.id === fund.id} onToggle={() => toggle(fund)} />
              </Group>
            ),
          },
        ]}
      />
      {editing ? <FundModal item={editing.item} opened onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function CampaignsPanel({ showRetired }: { showRetired: boolean }) {
  const campaigns = useCampaigns();
  const save = useSaveCampaign();
  const [editing, setEditing] = useState<Editing<Campaign>>(null);
  const all = campaigns.data ?? [];
  const records = all.filter((campaign) => showRetired || campaign.active);
  const parentName = (id: string | null) => (id ? (all.find((campaign) => campaign.id === id)?.name ?? '—') : null);
  const toggle = (campaign: Campaign) =>
    save.mutate(
      { id: campaign.id, request: campaignRequest(campaign, { active: !campaign.active }) },
      { onError: (error) => notifications.show({ color: 'red', message: retireMessage(error) }) },
    );
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ item: null })}>
          New campaign
        </Button>
      </Group>
      <DataTable<Campaign>
        aria-label="Campaigns"
        withTableBorder
        borderRadius="md"
        striped
        minHeight={records.length ? undefined : 160}
        fetching={campaigns.isPending}
        records={records}
        noRecordsText="No campaigns yet."
        columns={[
          {
            accessor: 'name',
            title: 'Name',
            render: (campaign) => (
              <Stack gap={0}>
                <Group gap={6}>
                  <Text size="sm">{campaign.name}</Text>
                  <ActiveBadge active={campaign.active} />
                </Group>
                {campaign.parentId ? (
                  <Text size="xs" c="dimmed">
                    Part of {parentName(campaign.parentId)}
                  </Text>
                ) : null}
              </Stack>
            ),
          },
          { accessor: 'goal', title: 'Goal', render: (campaign) => <CampaignGoal campaign={campaign} /> },
          {
            accessor: 'startDate',
            title: 'Dates',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            render: (campaign) =>
              campaign.startDate || campaign.endDate ? `${formatDay(campaign.startDate)} – ${formatDay(campaign.endDate)}` : '—',
          },
          {
            accessor: 'actions',
            title: 'Actions',
            textAlign: 'right',
            render: (campaign) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ item: campaign })} aria-label={`Edit ${campaign.name}`}>
                  Edit
                </Button>
                <RetireButton name={campaign.name} active={campaign.active} pending={save.isPending && save.variables?.id === campaign.id} onToggle={() => toggle(campaign)} />
              </Group>
            ),
          },
        ]}
      />
      {editing ? <CampaignModal item={editing.item} campaigns={all} opened onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function AppealsPanel({ showRetired }: { showRetired: boolean }) {
  const appeals = useAppeals();
  const campaigns = useCampaigns();
  const save = useSaveAppeal();
  const [editing, setEditing] = useState<Editing<Appeal>>(null);
  const records = (appeals.data ?? []).filter((appeal) => showRetired || appeal.active);
  const campaignName = (id: string) => campaigns.data?.find((campaign) => campaign.id === id)?.name ?? '—';
  const toggle = (appeal: Appeal) =>
    save.mutate(
      { id: appeal.id, request: appealRequest(appeal, { active: !appeal.active }) },
      { onError: (error) => notifications.show({ color: 'red', message: retireMessage(error) }) },
    );
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ item: null })}
          disabled={!campaigns.data?.some((campaign) => campaign.active)}
        >
          New appeal
        </Button>
      </Group>
      <DataTable<Appeal>
        aria-label="Appeals"
        withTableBorder
        borderRadius="md"
        striped
        minHeight={records.length ? undefined : 160}
        fetching={appeals.isPending}
        records={records}
        noRecordsText="No appeals yet. An appeal belongs to a campaign: create the campaign first."
        columns={[
          {
            accessor: 'name',
            title: 'Name',
            render: (appeal) => (
              <Group gap={6}>
                <Text size="sm">{appeal.name}</Text>
                <ActiveBadge active={appeal.active} />
              </Group>
            ),
          },
          { accessor: 'campaignId', title: 'Campaign', render: (appeal) => campaignName(appeal.campaignId) },
          {
            accessor: 'actions',
            title: 'Actions',
            textAlign: 'right',
            render: (appeal) => (
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ item: appeal })} aria-label={`Edit ${appeal.name}`}>
                  Edit
                </Button>
                <RetireButton name={appeal.name} active={appeal.active} pending={save.isPending && save.variables?.id === appeal.id} onToggle={() => toggle(appeal)} />
              </Group>
            ),
          },
        ]}
      />
      {editing ? <AppealModal item={editing.item} campaigns={campaigns.data ?? []} opened onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

const TABS = ['funds', 'campaigns', 'appeals'] as const;

/** `/campaigns`: funds, campaigns and appeals; create, rename, retire and restore. */
export function CampaignsAdminPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = TABS.find((candidate) => candidate === requested) ?? 'funds';
  const [showRetired, setShowRetired] = useState(false);
  return (
    <ContentLayout
      title="Funds & campaigns"
      description="Where gifts are designated, and the campaigns and appeals that raised them. Retired ones stay on old gifts but cannot be chosen for new ones."
      actions={
        <Switch label="Show retired" checked={showRetired} onChange={(event) => setShowRetired(event.currentTarget.checked)} />
      }
    >
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'funds' ? { tab: value } : {}, { replace: true })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="funds" leftSection={<IconBuildingBank size={16} aria-hidden />}>
            Funds
          </Tabs.Tab>
          <Tabs.Tab value="campaigns" leftSection={<IconTargetArrow size={16} aria-hidden />}>
            Campaigns
          </Tabs.Tab>
          <Tabs.Tab value="appeals" leftSection={<IconSpeakerphone size={16} aria-hidden />}>
            Appeals
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="funds">
          <FundsPanel showRetired={showRetired} />
        </Tabs.Panel>
        <Tabs.Panel value="campaigns">
          <CampaignsPanel showRetired={showRetired} />
        </Tabs.Panel>
        <Tabs.Panel value="appeals">
          <AppealsPanel showRetired={showRetired} />
        </Tabs.Panel>
      </Tabs>
    </ContentLayout>
  );
}
