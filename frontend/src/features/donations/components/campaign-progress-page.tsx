import { Alert, Anchor, Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { useCampaignProgressList } from '@/features/donations/api/progress';
import { CampaignProgressBar } from '@/features/donations/components/campaign-progress-bar';
import type { CampaignProgress, ProgressFilter } from '@/features/donations/types/progress';
import { timeLeft } from '@/features/donations/utils/progress';

const FILTERS: { value: ProgressFilter; label: string }[] = [
  { value: 'running', label: 'Running now' },
  { value: 'active', label: 'Active' },
  { value: 'all', label: 'All, retired too' },
];

function parseFilter(value: string | null): ProgressFilter {
  return FILTERS.some((filter) => filter.value === value) ? (value as ProgressFilter) : 'running';
}

/** Every campaign's raised amount against its goal (sub-campaigns included in their parent), for staff and board. */
export function CampaignProgressPage() {
  const [params, setParams] = useSearchParams();
  const filter = parseFilter(params.get('show'));
  const progress = useCampaignProgressList(filter);
  const records = progress.data ?? [];
  const names = new Map(records.map((campaign) => [campaign.campaignId, campaign.name]));
  const currency = records[0]?.currency;

  return (
    <ContentLayout
      title="Campaign progress"
      description={
        <>
          Raised = completed gifts{currency ? ` in ${currency}` : ''}, net of refunds; pending and failed gifts and
          pledges are not counted, soft credits are never added. A campaign includes its sub-campaigns.
        </>
      }
    >
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Which campaigns"
          data={FILTERS}
          value={filter}
          onChange={(value) => setParams(value === 'running' ? {} : { show: value }, { replace: true })}
          style={{ alignSelf: 'flex-start' }}
        />
        {progress.isError ? (
          <Alert color="red" variant="light">
            Campaign progress could not be loaded.{' '}
            <Button size="compact-xs" variant="subtle" onClick={() => void progress.refetch()}>
              Try again
            </Button>
          </Alert>
        ) : null}
        <DataTable<CampaignProgress>
          aria-label="Campaign progress"
          withTableBorder
          borderRadius="md"
          striped
          idAccessor="campaignId"
          minHeight={records.length ? undefined : 160}
          fetching={progress.isPending}
          records={records}
          noRecordsText={filter === 'running' ? 'No campaign is running today.' : 'No campaigns yet.'}
          columns={[
            {
              accessor: 'name',
              title: 'Campaign',
              render: (campaign) => (
                <Stack gap={0}>
                  <Anchor component={Link} to={`/campaign-progress/${campaign.campaignId}`} size="sm" fw={600}>
                    {campaign.name}
                  </Anchor>
                  {campaign.parentId && names.get(campaign.parentId) ? (
                    <Text size="xs" c="dimmed">
                      Part of {names.get(campaign.parentId)}
                    </Text>
                  ) : null}
                  {campaign.subCampaignCount > 0 ? (
                    <Text size="xs" c="dimmed">
                      Includes {campaign.subCampaignCount} sub-campaign{campaign.subCampaignCount === 1 ? '' : 's'}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {timeLeft(campaign)}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'raised',
              title: 'Raised of goal',
              width: '40%',
              render: (campaign) => <CampaignProgressBar progress={campaign} size="sm" />,
            },
            {
              accessor: 'donorCount',
              title: 'Donors',
              textAlign: 'right',
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
            },
            {
              accessor: 'giftCount',
              title: 'Gifts',
              textAlign: 'right',
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            },
            {
              accessor: 'daysLeft',
              title: 'Time left',
              noWrap: true,
              visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.sm})`,
              render: (campaign) => timeLeft(campaign),
            },
          ]}
        />
      </Stack>
    </ContentLayout>
  );
}
