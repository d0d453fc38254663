import { Alert, Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link, useParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import { isApiError } from '@/lib/api-client';
import { formatMoney } from '@/utils/money';
import { useCampaignProgress } from '@/features/donations/api/progress';
import { CampaignProgressBar } from '@/features/donations/components/campaign-progress-bar';
import type { CampaignProgress, CampaignProgressDetail, GivingShare } from '@/features/donations/types/progress';
import { formatDay } from '@/features/donations/utils/labels';
import { shareOf, timeLeft } from '@/features/donations/utils/progress';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fw={600} component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

type SharesTableProps = {
  title: string;
  id: string;
  shares: GivingShare[];
  total: string;
  currency: string;
  /** The label of the share without an id ("No appeal", "Not allocated to a fund"). */
  none: string;
  empty: string;
};

/** A breakdown of the raised amount: name, amount, share of the total, gifts. */
function SharesTable({ title, id, shares, total, currency, none, empty }: SharesTableProps) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" mb="xs" id={id}>
        {title}
      </Title>
      <DataTable<GivingShare>
        aria-labelledby={id}
        withTableBorder
        borderRadius="md"
        striped
        idAccessor={(share) => share.id ?? 'none'}
        minHeight={shares.length ? undefined : 100}
        records={shares}
        noRecordsText={empty}
        columns={[
          { accessor: 'name', title: 'Name', render: (share) => share.name ?? <Text size="sm" fs="italic">{none}</Text> },
          {
            accessor: 'raised',
            title: 'Raised',
            textAlign: 'right',
            noWrap: true,
            render: (share) => formatMoney(share.raised, currency),
          },
          { accessor: 'share', title: 'Share', textAlign: 'right', render: (share) => shareOf(share.raised, total) },
          {
            accessor: 'giftCount',
            title: 'Gifts',
            textAlign: 'right',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.xs})`,
          },
        ]}
      />
    </section>
  );
}

function Dates({ campaign }: { campaign: CampaignProgress }) {
  if (!campaign.startDate && !campaign.endDate) return 'No dates set';
  return `${formatDay(campaign.startDate)} – ${formatDay(campaign.endDate)}`;
}

function ProgressView({ detail }: { detail: CampaignProgressDetail }) {
  const { campaign } = detail;
  const session = useSession();
  const maySeeGifts = hasAnyRole(session?.roles ?? [], ['ADMIN', 'DEVELOPMENT_OFFICER']);
  const money = (value: string) => formatMoney(value, campaign.currency);
  return (
    <ContentLayout
      title={campaign.name}
      description={`Figures as of ${formatDay(campaign.asOf)}, in ${campaign.currency}: completed gifts net of refunds${
        campaign.subCampaignCount > 0 ? ', sub-campaigns included' : ''
      }.`}
      actions={
        <Group gap="xs">
          {maySeeGifts ? (
            <Button component={Link} to={`/gifts?campaign=${campaign.campaignId}`} variant="light" size="xs">
              Gifts to this campaign
            </Button>
          ) : null}
          <Button component={Link} to="/campaign-progress" variant="subtle" size="xs">
            All campaigns
          </Button>
        </Group>
      }
    >
      <Card withBorder padding="md" component="section" aria-label="Progress against goal">
        <Stack gap="md">
          <CampaignProgressBar progress={campaign} size="lg" />
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
            <Figure label="Raised" value={money(campaign.raised)} />
            <Figure
              label="Goal"
              value={campaign.goal && campaign.goalCurrency ? formatMoney(campaign.goal, campaign.goalCurrency) : 'None'}
            />
            <Figure label="Still to raise" value={campaign.remaining ? money(campaign.remaining) : '—'} />
            <Figure label="Donors" value={String(campaign.donorCount)} />
            <Figure label="Gifts" value={String(campaign.giftCount)} />
            <Figure label="Time left" value={timeLeft(campaign)} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            Dates: <Dates campaign={campaign} />
            {campaign.active ? '' : ' · Retired'}
          </Text>
        </Stack>
      </Card>

      {detail.subCampaigns.length > 0 ? (
        <section aria-labelledby="progress-subcampaigns">
          <Title order={2} size="h4" mb="xs" id="progress-subcampaigns">
            Sub-campaigns
          </Title>
          <DataTable<CampaignProgress>
            aria-labelledby="progress-subcampaigns"
            withTableBorder
            borderRadius="md"
            striped
            idAccessor="campaignId"
            records={detail.subCampaigns}
            columns={[
              {
                accessor: 'name',
                title: 'Campaign',
                render: (sub) => (
                  <Anchor component={Link} to={`/campaign-progress/${sub.campaignId}`} size="sm">
                    {sub.name}
                  </Anchor>
                ),
              },
              { accessor: 'raised', title: 'Raised of goal', width: '50%', render: (sub) => <CampaignProgressBar progress={sub} size="sm" /> },
            ]}
          />
          <Text size="sm" c="dimmed" mt="xs">
            Given to {campaign.name} itself: {money(detail.direct.raised)} in {detail.direct.giftCount}{' '}
            {detail.direct.giftCount === 1 ? 'gift' : 'gifts'}.
          </Text>
        </section>
      ) : null}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SharesTable
          title="By appeal"
          id="progress-by-appeal"
          shares={detail.byAppeal}
          total={campaign.raised}
          currency={campaign.currency}
          none="No appeal"
          empty="No gifts yet."
        />
        <SharesTable
          title="By fund"
          id="progress-by-fund"
          shares={detail.byFund}
          total={campaign.raised}
          currency={campaign.currency}
          none="Not allocated to a fund"
          empty="No gifts yet."
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        A gift split between funds counts once in each of its funds, its amount shared in proportion.
      </Text>
    </ContentLayout>
  );
}

/** `/campaign-progress/:id`: one campaign's progress and where the money came from (no donor is named). */
export function CampaignProgressDetailPage() {
  const { id = '' } = useParams();
  const progress = useCampaignProgress(id);
  if (progress.isPending) {
    return (
      <ContentLayout title="Campaign progress">
        <Skeleton height={240} aria-label="Loading campaign progress" />
      </ContentLayout>
    );
  }
  if (progress.isError) {
    const notFound = isApiError(progress.error) && progress.error.status === 404;
    return (
      <ContentLayout title={notFound ? 'Campaign not found' : 'Campaign progress'}>
        <Alert color={notFound ? 'yellow' : 'red'} variant="light" role="alert">
          <Stack gap="xs">
            <Text size="sm">{notFound ? 'There is no campaign at this address.' : 'Campaign progress could not be loaded.'}</Text>
            <Button component={Link} to="/campaign-progress" size="xs" variant="light" style={{ alignSelf: 'flex-start' }}>
              All campaigns
            </Button>
          </Stack>
        </Alert>
      </ContentLayout>
    );
  }
  return <ProgressView detail={progress.data} />;
}
