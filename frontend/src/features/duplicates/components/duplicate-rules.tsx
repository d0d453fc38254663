import { Button, Popover, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';

import { useSetDuplicateRule } from '@/features/duplicates/api/duplicates';
import type { DuplicateRule } from '@/features/duplicates/types/duplicates';

type DuplicateRulesProps = {
  rules: DuplicateRule[];
  /** Administrators switch rules on and off; everyone else sees them. */
  canChange: boolean;
};

export function DuplicateRules({ rules, canChange }: DuplicateRulesProps) {
  const setRule = useSetDuplicateRule();
  return (
    <Popover position="bottom-end" width={340} withArrow shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconAdjustments size={18} aria-hidden />}>
          Matching rules
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            Pairs are listed when at least one of these rules matches
          </Text>
          {rules.map((rule) => (
            <Switch
              key={rule.code}
              label={rule.description}
              checked={rule.enabled}
              disabled={!canChange || setRule.isPending}
              onChange={(event) =>
                setRule.mutate(
                  { code: rule.code, enabled: event.currentTarget.checked },
                  {
                    onSuccess: (updated) =>
                      notifications.show({
                        color: 'green',
                        message: `Rule “${updated.description}” ${updated.enabled ? 'switched on' : 'switched off'}.`,
                      }),
                  },
                )
              }
            />
          ))}
          {canChange ? null : (
            <Text size="xs" c="dimmed">
              Only administrators change the rules.
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
