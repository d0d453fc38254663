import { Group, Progress, Stack, Text } from '@mantine/core';

import { formatMoney } from '@/utils/money';
import type { CampaignProgress } from '@/features/donations/types/progress';
import { wholePercent } from '@/features/donations/utils/progress';

type CampaignProgressBarProps = {
  progress: CampaignProgress;
  size?: 'sm' | 'md' | 'lg';
};

/**
 * Raised against goal: the amounts as text, and a bar labelled with the campaign's name for screen readers. The
 * bar is drawn in a dark shade so it keeps 3:1 against its track; past 100% it stays full and the text says how far.
 */
export function CampaignProgressBar({ progress, size = 'md' }: CampaignProgressBarProps) {
  const raised = formatMoney(progress.raised, progress.currency);
  const percent = wholePercent(progress.percentOfGoal);
  if (!progress.goal || !progress.goalCurrency) {
    return (
      <Text size="sm">
        <Text span fw={600} size="sm">
          {raised}
        </Text>{' '}
        raised, no goal set
      </Text>
    );
  }
  const goal = formatMoney(progress.goal, progress.goalCurrency);
  if (percent === null) {
    return (
      <Text size="sm">
        <Text span fw={600} size="sm">
          {raised}
        </Text>{' '}
        raised; the goal of {goal} is in another currency
      </Text>
    );
  }
  return (
    <Stack gap={4} miw={150}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">
          <Text span fw={600} size="sm">
            {raised}
          </Text>{' '}
          of {goal}
        </Text>
        <Text size="sm" fw={600} c={progress.goalReached ? 'teal.9' : undefined}>
          {percent}%
        </Text>
      </Group>
      <Progress.Root size={size}>
        <Progress.Section
          value={Math.min(percent, 100)}
          color={progress.goalReached ? 'teal.8' : 'blue.8'}
          aria-label={`${progress.name}: ${percent}% of the goal raised`}
        />
      </Progress.Root>
    </Stack>
  );
}
