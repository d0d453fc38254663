import { Alert, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCoin } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import type { ConstituentSearchItem } from '@/types/constituents';
import { pluralize } from '@/utils/format';
import { formatMoney, toCents } from '@/utils/money';
import { useGiving } from '@/features/donations/api/gifts';
import { RecordGiftDrawer } from '@/features/donations/components/record-gift-drawer';
import type { DatedAmount, Giving } from '@/features/donations/types/donations';
import { formatDay } from '@/features/donations/utils/labels';

type GivingCardProps = {
  /** The constituent whose page this is, as the gift form's donor. */
  constituent: ConstituentSearchItem;
};

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text fw={600} component="dd" m={0}>
        {value}
        {detail ? (
          <Text span size="xs" c="dimmed" fw={400}>
            {' '}
            {detail}
          </Text>
        ) : null}
      </Text>
    </div>
  );
}

function dated(value: DatedAmount | null, currency: string): { value: string; detail?: string } {
  return value ? { value: formatMoney(value.amount, currency), detail: formatDay(value.date) } : { value: '—' };
}

function Rollups({ giving }: { giving: Giving }) {
  const { currency } = giving;
  const first = dated(giving.firstGift, currency);
  const last = dated(giving.lastGift, currency);
  const largest = dated(giving.largestGift, currency);
  return (
    <Stack gap="sm">
      <div>
        <Text size="xs" c="dimmed">
          Lifetime giving
        </Text>
        <Text size="xl" fw={700} data-testid="giving-lifetime">
          {formatMoney(giving.lifetimeTotal, currency)}
        </Text>
        <Text size="xs" c="dimmed">
          {pluralize(giving.giftCount, 'gift')}
          {giving.includesHouseholdMembers ? ', members’ gifts included' : ''}
        </Text>
      </div>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        <Figure label={`This fiscal year (FY${giving.thisFiscalYear.fiscalYear})`} value={formatMoney(giving.thisFiscalYear.total, currency)} />
        <Figure label={`Last fiscal year (FY${giving.lastFiscalYear.fiscalYear})`} value={formatMoney(giving.lastFiscalYear.total, currency)} />
        <Figure label="First gift" {...first} />
        <Figure label="Last gift" {...last} />
        <Figure label="Largest gift" {...largest} />
        <Figure
          label="Best year"
          value={giving.bestYear ? formatMoney(giving.bestYear.total, currency) : '—'}
          detail={giving.bestYear ? `FY${giving.bestYear.fiscalYear}` : undefined}
        />
        <Figure
          label="Streak"
          value={giving.consecutiveYears > 0 ? pluralize(giving.consecutiveYears, 'year') + ' in a row' : '—'}
          detail={giving.yearsGiven > 0 ? `${pluralize(giving.yearsGiven, 'year')} with gifts` : undefined}
        />
        <Figure label="Soft credits (apart)" value={formatMoney(giving.softCreditTotal, currency)} />
      </SimpleGrid>
    </Stack>
  );
}

/** The 360° view's giving rollups (completed gifts, net of refunds) and a button to record a gift. */
export function GivingCard({ constituent }: GivingCardProps) {
  const giving = useGiving(constituent.id);
  const [recording, setRecording] = useState(false);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="giving-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="giving-title">
            Giving
          </Title>
          <Button size="xs" variant="light" leftSection={<IconCoin size={16} aria-hidden />} onClick={() => setRecording(true)}>
            Record gift
          </Button>
        </Group>
        {giving.isPending ? (
          <Stack gap="xs" aria-busy="true" aria-label="Loading giving">
            <Skeleton height={28} width="50%" />
            <Skeleton height={80} />
          </Stack>
        ) : giving.isError ? (
          <Alert color="red" variant="light">
            The giving totals could not be loaded.{' '}
            <Button size="compact-xs" variant="subtle" onClick={() => void giving.refetch()}>
              Try again
            </Button>
          </Alert>
        ) : giving.data.giftCount === 0 && toCents(giving.data.softCreditTotal) === 0n ? (
          <Text size="sm" c="dimmed">
            No gifts yet.
          </Text>
        ) : (
          <Rollups giving={giving.data} />
        )}
        <Button component={Link} to={`/gifts?donor=${constituent.id}`} variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }}>
          All gifts of {constituent.displayName}
        </Button>
      </Stack>
      <RecordGiftDrawer opened={recording} onClose={() => setRecording(false)} donor={constituent} />
    </Card>
  );
}
