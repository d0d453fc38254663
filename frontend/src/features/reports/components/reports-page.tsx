import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarRepeat, IconLayoutDashboard } from '@tabler/icons-react';
import { Link } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { useCatalogue } from '@/features/reports/api/reports';
import { useReportPermissions } from '@/features/reports/hooks/use-report-permissions';
import type { ReportDefinition } from '@/features/reports/types/reports';
import { CATEGORIES, categoryLabel } from '@/features/reports/utils/labels';

function ReportCard({ report }: { report: ReportDefinition }) {
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/reports/${encodeURIComponent(report.name)}`} fw={700}>
            {report.title}
          </Anchor>
          {report.namedDonors ? (
            <Badge size="sm" variant="light" color="gray" style={{ flexShrink: 0 }}>
              Names donors
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">{report.definition}</Text>
      </Stack>
    </Card>
  );
}

/** `/reports`: the catalogue, grouped by category, each report with its definition in words. */
export function ReportsPage() {
  const catalogue = useCatalogue();
  const permissions = useReportPermissions();
  const reports = permissions.visibleReports(catalogue.data ?? []);
  const known = new Set(CATEGORIES.map((category) => category.value as string));
  const groups = [
    ...CATEGORIES.map((category) => ({ ...category, reports: reports.filter((r) => r.category === category.value) })),
    // A category this page does not know yet still shows, under its own name.
    ...[...new Set(reports.map((r) => r.category as string).filter((c) => !known.has(c)))].map((category) => ({
      value: category,
      label: categoryLabel(category),
      description: '',
      reports: reports.filter((r) => r.category === category),
    })),
  ].filter((group) => group.reports.length > 0);

  return (
    <ContentLayout
      title="Reports"
      description="Every figure with its definition. Open a report to choose its date, year and credit, download it or see why a donor is in it."
      actions={
        <Group gap="xs">
          {permissions.canSeeDashboard ? (
            <Button component={Link} to="/reports/dashboard" variant="default" leftSection={<IconLayoutDashboard size={18} aria-hidden />}>
              Board dashboard
            </Button>
          ) : null}
          {permissions.canSeeSchedules ? (
            <Button component={Link} to="/reports/schedules" variant="default" leftSection={<IconCalendarRepeat size={18} aria-hidden />}>
              Schedules
            </Button>
          ) : null}
        </Group>
      }
    >
      {catalogue.isPending ? <Skeleton height={240} aria-label="Loading the reports" /> : null}
      {catalogue.isError ? (
        <Alert color="red" variant="light" role="alert">
          The reports could not be loaded.
        </Alert>
      ) : null}
      {catalogue.isSuccess && groups.length === 0 ? <Text>There is no report for your role.</Text> : null}
      {groups.map((group) => (
        <section key={group.value} aria-labelledby={`reports-${group.value}`}>
          <Title order={2} size="h4" id={`reports-${group.value}`}>
            {group.label}
          </Title>
          {group.description ? (
            <Text size="sm" c="dimmed" mb="sm">
              {group.description}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" p={0} m={0} mt="xs" style={{ listStyle: 'none' }}>
            {group.reports.map((report) => (
              <ReportCard key={report.name} report={report} />
            ))}
          </SimpleGrid>
        </section>
      ))}
    </ContentLayout>
  );
}
