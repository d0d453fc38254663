import { Alert, Anchor, Button, Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { formatMoney } from '@/utils/money';
import { useCampaignProgressList, useGivingSummary } from '@/features/donations/api/progress';
import { CampaignProgressBar } from '@/features/donations/components/campaign-progress-bar';
import { formatDay } from '@/features/donations/utils/labels';
import { timeLeft } from '@/features/donations/utils/progress';

/** The most campaigns the card lists; the progress page has the rest. */
const SHOWN = 4;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fw={700} size="lg" component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

function Totals() {
  const summary = useGivingSummary();
  if (summary.isPending) return <Skeleton height={56} aria-label="Loading the totals" />;
  if (summary.isError) {
    return (
      <Alert color="red" variant="light">
        The totals could not be loaded.
      </Alert>
    );
  }
  const { data } = summary;
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        This fiscal year, {formatDay(data.from)} to {formatDay(data.to)}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        <Figure label="Raised" value={formatMoney(data.raised, data.currency)} />
        <Figure label="Gifts" value={String(data.giftCount)} />
        <Figure label="Donors" value={String(data.donorCount)} />
        <Figure label="Average gift" value={data.averageGift ? formatMoney(data.averageGift, data.currency) : '—'} />
      </SimpleGrid>
    </Stack>
  );
}

function RunningCampaigns() {
  const progress = useCampaignProgressList('running');
  if (progress.isPending) return <Skeleton height={80} aria-label="Loading campaign progress" />;
  if (progress.isError) {
    return (
      <Alert color="red" variant="light">
        Campaign progress could not be loaded.
      </Alert>
    );
  }
  // Top-level campaigns first: their figures already include their sub-campaigns.
  const campaigns = [...progress.data].sort((a, b) => Number(Boolean(a.parentId)) - Number(Boolean(b.parentId))).slice(0, SHOWN);
  if (campaigns.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No campaign is running today.
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {campaigns.map((campaign) => (
        <li key={campaign.campaignId}>
          <Anchor component={Link} to={`/campaign-progress/${campaign.campaignId}`} size="sm" fw={600}>
            {campaign.name}
          </Anchor>
          <Text span size="xs" c="dimmed">
            {' '}
            · {timeLeft(campaign)}
          </Text>
          <CampaignProgressBar progress={campaign} size="sm" />
        </li>
      ))}
    </Stack>
  );
}

/** The board's view of giving on the home page: totals and running campaigns, no donor named. */
export function BoardGivingCard() {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="board-giving-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="board-giving-title">
          Fundraising at a glance
        </Title>
        <Totals />
        <Stack gap="xs">
          <Title order={3} size="h5">
            Campaigns running now
          </Title>
          <RunningCampaigns />
        </Stack>
        <Button component={Link} to="/campaign-progress" variant="light" size="xs" style={{ alignSelf: 'flex-start' }}>
          All campaign progress
        </Button>
        <Text size="xs" c="dimmed">
          Raised = completed gifts, net of refunds; pledges and soft credits are not added.
        </Text>
      </Stack>
    </Card>
  );
}
