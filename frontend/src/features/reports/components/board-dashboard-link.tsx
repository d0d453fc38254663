import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** For staff whose home is not the board's: where to see what the board sees. */
export function BoardDashboardLink() {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="board-dashboard-link">
      <Group justify="space-between" gap="sm">
        <div>
          <Title order={2} size="h4" id="board-dashboard-link">
            Board dashboard
          </Title>
          <Text size="sm" c="dimmed">
            The figures board members see on their home page: raised against last year, retention, campaigns and the gift
            pyramid.
          </Text>
        </div>
        <Anchor component={Link} to="/reports/dashboard" fw={600}>
          Open the board dashboard
        </Anchor>
      </Group>
    </Card>
  );
}
