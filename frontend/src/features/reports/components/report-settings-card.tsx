import { Card, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useReportSettings, useSaveReportSettings } from '@/features/reports/api/schedules';

/** The administrator's switch: whether board members see donor names in named-donor reports. */
export function ReportSettingsCard() {
  const settings = useReportSettings();
  const save = useSaveReportSettings();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="report-settings-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="report-settings-title">
          Board members and donor names
        </Title>
        {settings.isPending ? <Skeleton height={36} aria-label="Loading the settings" /> : null}
        {settings.data ? (
          <Switch
            label="Board members see donor names"
            description="Off: board members see counts and totals, but reports that list donors show them no names and no gifts."
            checked={settings.data.boardSeesDonorNames}
            disabled={save.isPending}
            onChange={(event) => {
              const boardSeesDonorNames = event.currentTarget.checked;
              save.mutate(
                { boardSeesDonorNames, version: settings.data.version },
                {
                  onSuccess: () =>
                    notifications.show({
                      color: 'green',
                      message: boardSeesDonorNames
                        ? 'Board members now see donor names.'
                        : 'Board members no longer see donor names.',
                    }),
                },
              );
            }}
          />
        ) : null}
        {settings.isError ? (
          <Text size="sm" c="red.8">
            The setting could not be loaded.
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
