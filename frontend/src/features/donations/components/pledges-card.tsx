import { Alert, Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney } from '@/utils/money';
import { usePledges } from '@/features/donations/api/pledges';
import { NewPledgeDrawer } from '@/features/donations/components/pledge-form';
import { formatDay } from '@/features/donations/utils/labels';

/** The 360° view's open pledges with what is left to pay on each, and a button to record a new pledge. */
export function PledgesCard({ constituent }: { constituent: ConstituentSearchItem }) {
  const pledges = usePledges({ constituentId: constituent.id, status: 'OPEN', overdue: false, page: 1, size: 5 });
  const [creating, setCreating] = useState(false);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="pledges-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="pledges-title">
            Open pledges
          </Title>
          <Button size="xs" variant="light" leftSection={<IconHeartHandshake size={16} aria-hidden />} onClick={() => setCreating(true)}>
            New pledge
          </Button>
        </Group>
        {pledges.isPending ? (
          <Skeleton height={40} aria-label="Loading pledges" />
        ) : pledges.isError ? (
          <Alert color="red" variant="light">
            The pledges could not be loaded.
          </Alert>
        ) : pledges.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No open pledges.
          </Text>
        ) : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {pledges.data.items.map((pledge) => (
              <li key={pledge.id}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Anchor component={Link} to={`/pledges/${pledge.id}`} size="sm">
                    {formatMoney(pledge.amount, pledge.currency)} pledged {formatDay(pledge.pledgedOn)}
                  </Anchor>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(pledge.balance, pledge.currency)} left
                  </Text>
                </Group>
                {pledge.overdue ? (
                  <Badge size="xs" color="red" variant="light">
                    Overdue since {formatDay(pledge.nextDueOn)}
                  </Badge>
                ) : null}
              </li>
            ))}
          </Stack>
        )}
        <Button component={Link} to={`/pledges?donor=${constituent.id}`} variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }}>
          All pledges of {constituent.displayName}
        </Button>
      </Stack>
      <NewPledgeDrawer opened={creating} onClose={() => setCreating(false)} donor={constituent} />
    </Card>
  );
}
