import { Alert, Anchor, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError, type Violation } from '@/lib/api-client';
import { violationField } from '@/lib/form-errors';
import { useCatalogue, useDownloadReport, useReport } from '@/features/reports/api/reports';
import { NamesHiddenNote } from '@/features/reports/components/names-hidden-note';
import { ReportChart } from '@/features/reports/components/report-chart';
import { ReportParametersForm } from '@/features/reports/components/report-parameters-form';
import { ReportTable } from '@/features/reports/components/report-table';
import { SummaryFigures } from '@/features/reports/components/summary-figures';
import { WhyDrawer, type WhyTarget } from '@/features/reports/components/why-drawer';
import { useReportPermissions } from '@/features/reports/hooks/use-report-permissions';
import type { ReportParams } from '@/features/reports/types/reports';
import { categoryLabel } from '@/features/reports/utils/labels';
import {
  parameterNames,
  readPaging,
  readReportParams,
  toSearchParams,
  type Paging,
} from '@/features/reports/utils/params';

/** The values of the parameters the server reported using, without the empty ones. */
function effectiveOf(parameters: Record<string, string | null> | undefined): ReportParams {
  const effective: ReportParams = {};
  for (const [key, value] of Object.entries(parameters ?? {})) {
    if (value !== null && value !== undefined && value !== '') effective[key] = String(value);
  }
  return effective;
}

/** `/reports/:name`: one report with its definition, parameters (in the address bar), figures, chart and rows. */
export function ReportPage() {
  const { name = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const catalogue = useCatalogue();
  const permissions = useReportPermissions();
  const definition = permissions.visibleReports(catalogue.data ?? []).find((report) => report.name === name);
  const names = useMemo(() => (definition ? parameterNames(definition) : undefined), [definition]);
  const params = useMemo(() => readReportParams(search, names), [search, names]);
  const paging = readPaging(search);
  const report = useReport(name, params, paging, { enabled: !!definition });
  const download = useDownloadReport(name);
  const [why, setWhy] = useState<WhyTarget | null>(null);

  const navigateTo = (next: ReportParams, nextPaging: Paging) =>
    setSearch(toSearchParams(next, nextPaging), { preventScrollReset: true });

  const title = definition?.title ?? report.data?.title ?? 'Report';
  const error = report.isError && isApiError(report.error) ? report.error : null;
  // The server's objections go on their fields; those about no field of the form are said above the results.
  const serverErrors: Record<string, string> = {};
  const unmatched: Violation[] = [];
  for (const violation of error?.violations ?? []) {
    const field = violationField(violation.field);
    if (names?.includes(field)) {
      serverErrors[field] = serverErrors[field] ? `${serverErrors[field]} ${violation.message}` : violation.message;
    } else {
      unmatched.push(violation);
    }
  }
  const result = report.isError ? undefined : report.data;

  if (catalogue.isPending) {
    return (
      <ContentLayout title="Report">
        <Skeleton height={320} aria-label="Loading the report" />
      </ContentLayout>
    );
  }
  if (!definition) {
    return (
      <ContentLayout title="Report not found">
        <Alert color={catalogue.isError ? 'red' : 'yellow'} variant="light" role="alert">
          {catalogue.isError ? 'The reports could not be loaded.' : `There is no report “${name}” for your role.`}{' '}
          <Anchor component={Link} to="/reports">
            All reports
          </Anchor>
        </Alert>
      </ContentLayout>
    );
  }

  const scheduleLink = `/reports/schedules/new?${new URLSearchParams({ report: name, ...Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'asOf')) }).toString()}`;

  return (
    <ContentLayout
      title={title}
      description={categoryLabel(definition.category)}
      actions={
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            loading={download.isPending && download.variables?.format === 'xlsx'}
            disabled={download.isPending}
            onClick={() => download.mutate({ format: 'xlsx', params })}
            aria-label={`Download ${title} as Excel`}
          >
            Excel
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
            loading={download.isPending && download.variables?.format === 'pdf'}
            disabled={download.isPending}
            onClick={() => download.mutate({ format: 'pdf', params })}
            aria-label={`Download ${title} as PDF`}
          >
            PDF
          </Button>
          {permissions.canSchedule ? (
            <Button component={Link} to={scheduleLink} variant="light" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
              Schedule
            </Button>
          ) : null}
        </Group>
      }
    >
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="report-definition">
        <Title order={2} size="h4" id="report-definition" mb={4}>
          Definition
        </Title>
        <Text>{result?.definition ?? definition.definition}</Text>
      </Paper>

      <ReportParametersForm
        key={toSearchParams(params).toString()}
        definition={definition}
        params={params}
        effective={effectiveOf(result?.parameters)}
        serverErrors={serverErrors}
        running={report.isFetching}
        onRun={(next) => navigateTo(next, { page: 1, size: paging.size })}
        onReset={() => navigateTo({}, { page: 1, size: paging.size })}
      />

      <Stack gap="md" component="section" aria-labelledby="report-results">
        <Title order={2} size="h4" id="report-results">
          Results
        </Title>
        {error && error.violations.length === 0 ? (
          <Alert color="red" variant="light" role="alert" title={error.problem.title}>
            {error.problem.detail ?? 'The report could not be run.'}
          </Alert>
        ) : null}
        {error && error.violations.length > 0 ? (
          <Alert color="red" variant="light" role="alert" title="Please check the parameters">
            {unmatched.length === 0 ? 'The report cannot run with the parameters marked above.' : null}
            {unmatched.map((violation) => (
              <div key={`${violation.field}:${violation.message}`}>{violation.message}</div>
            ))}
          </Alert>
        ) : null}
        {report.isPending && !report.isError ? <Skeleton height={120} aria-label="Running the report" /> : null}
        {result ? (
          <>
            {result.parameterLines.length > 0 ? (
              <List size="sm" spacing={2} aria-label="Parameters used">
                {result.parameterLines.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            ) : null}
            {result.namesHidden ? <NamesHiddenNote /> : null}
            <SummaryFigures figures={result.summary} currency={result.currency} />
            {result.chart ? (
              <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
                <ReportChart chart={result.chart} />
              </Paper>
            ) : null}
          </>
        ) : null}
        <ReportTable
          result={result}
          paging={paging}
          fetching={report.isFetching}
          failed={report.isError}
          canOpenConstituents={permissions.canOpenConstituents}
          onPageChange={(page) => navigateTo(params, { ...paging, page })}
          onSizeChange={(size) => navigateTo(params, { page: 1, size })}
          onWhy={setWhy}
        />
      </Stack>

      <WhyDrawer
        report={name}
        title={title}
        params={params}
        currency={result?.currency ?? 'USD'}
        target={why}
        canOpenGifts={permissions.canOpenGifts}
        canOpenConstituents={permissions.canOpenConstituents}
        onClose={() => setWhy(null)}
      />
    </ContentLayout>
  );
}
