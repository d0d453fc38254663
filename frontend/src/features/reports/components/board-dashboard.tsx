import {
  Alert,
  Anchor,
  Box,
  Card,
  Group,
  Progress,
  RingProgress,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';

import { formatMoney, toCents } from '@/utils/money';
import { useReport } from '@/features/reports/api/reports';
import { ReportChart } from '@/features/reports/components/report-chart';
import { nameColumn } from '@/features/reports/components/report-table';
import { SummaryFigures } from '@/features/reports/components/summary-figures';
import type { ReportParams, ReportResult } from '@/features/reports/types/reports';
import { formatPercent } from '@/features/reports/utils/format';
import { reportPath } from '@/features/reports/utils/params';

/** The dashboard's figures: a handful of rows is all a card shows. */
const CARD_PAGING = { page: 1, size: 5 };
/** A card has half the page at most: its figures in two or three columns, never four. */
const CARD_COLUMNS = { base: 2, lg: 3 };

type CardProps = {
  report: string;
  title: string;
  params: ReportParams;
  level: 2 | 3;
  children: (result: ReportResult) => ReactNode;
};

/** One card: its report's figures, and its title links to the report with the same parameters. */
function DashboardCard({ report, title, params, level, children }: CardProps) {
  const answer = useReport(report, params, CARD_PAGING);
  const id = `dashboard-${report}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={level} size="h4" id={id}>
          <Anchor component={Link} to={reportPath(report, params)} inherit>
            {title}
          </Anchor>
        </Title>
        {answer.isPending ? <Skeleton height={140} aria-label={`Loading ${title.toLowerCase()}`} /> : null}
        {answer.isError ? (
          <Alert color="red" variant="light">
            {title} could not be loaded.
          </Alert>
        ) : null}
        {answer.data && !answer.isError ? children(answer.data) : null}
      </Stack>
    </Card>
  );
}

function ParameterNote({ result }: { result: ReportResult }) {
  if (result.parameterLines.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {result.parameterLines.join(' · ')}
    </Text>
  );
}

function YearOverYear({ result }: { result: ReportResult }) {
  return (
    <>
      <SummaryFigures
        figures={result.summary}
        currency={result.currency}
        label="This year against last year"
        cols={CARD_COLUMNS}
      />
      {result.chart ? <ReportChart chart={result.chart} height={180} withTitle={false} /> : null}
      <ParameterNote result={result} />
    </>
  );
}

function Retention({ result }: { result: ReportResult }) {
  const rate = result.summary.find((figure) => figure.kind === 'PERCENT');
  const others = result.summary.filter((figure) => figure !== rate);
  const percent = rate?.value ? Math.max(0, Math.min(100, Number(rate.value) * 100)) : null;
  return (
    <>
      <Group gap="md" wrap="nowrap" align="center">
        {rate && percent !== null && Number.isFinite(percent) ? (
          <RingProgress
            size={96}
            thickness={10}
            roundCaps
            sections={[{ value: percent, color: 'teal.7' }]}
            label={
              <Text ta="center" fw={700} size="sm" aria-hidden>
                {formatPercent(rate.value)}
              </Text>
            }
            aria-hidden
          />
        ) : null}
        <Box style={{ flex: 1, minWidth: 0 }}>
          <SummaryFigures
            figures={rate ? [rate, ...others] : others}
            currency={result.currency}
            label="Donor retention"
            cols={2} // beside the ring: two columns keep amounts on one line
          />
        </Box>
      </Group>
      <ParameterNote result={result} />
    </>
  );
}

function CampaignProgress({ result }: { result: ReportResult }) {
  const label = nameColumn(result.columns);
  const goal = result.columns.find((column) => column.kind === 'MONEY' && /goal/i.test(column.key));
  const raised = result.columns.find((column) => column.kind === 'MONEY' && /raised/i.test(column.key));
  if (!label || !goal || !raised || result.rows.length === 0) {
    return (
      <>
        <SummaryFigures figures={result.summary} currency={result.currency} label="Campaign progress" cols={CARD_COLUMNS} />
        {result.chart ? <ReportChart chart={result.chart} height={180} withTitle={false} /> : null}
        {result.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No campaign to show.
          </Text>
        ) : null}
      </>
    );
  }
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {result.rows.map((row, index) => {
        const name = row.values[label.key] ?? '—';
        const raisedCents = toCents(row.values[raised.key]) ?? 0n;
        const goalCents = toCents(row.values[goal.key]);
        // Cut, not rounded: 100% means the goal is reached.
        const percent = goalCents && goalCents > 0n ? Number((raisedCents * 100n) / goalCents) : null;
        const amounts = `${formatMoney(row.values[raised.key], result.currency)} of ${goalCents ? formatMoney(row.values[goal.key], result.currency) : 'no goal'}`;
        return (
          <li key={`${name}:${index}`}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {name}
              </Text>
              <Text size="xs" c="dimmed">
                {amounts}
                {percent !== null ? ` · ${percent}%` : ''}
              </Text>
            </Group>
            {percent !== null ? (
              <Progress
                value={Math.min(100, percent)}
                size="md"
                radius="xl"
                color={percent >= 100 ? 'teal.7' : 'blue.7'}
                aria-label={`${name}: ${percent}% of the goal raised`}
              />
            ) : null}
          </li>
        );
      })}
      {result.rowCount > result.rows.length ? (
        <Text size="xs" c="dimmed" component="li">
          and {result.rowCount - result.rows.length} more in the report
        </Text>
      ) : null}
    </Stack>
  );
}

function GiftPyramid({ result }: { result: ReportResult }) {
  return (
    <>
      {result.chart ? <ReportChart chart={result.chart} height={220} withTitle={false} /> : null}
      <SummaryFigures figures={result.summary} currency={result.currency} label="Gift pyramid" cols={CARD_COLUMNS} />
      <ParameterNote result={result} />
    </>
  );
}

type BoardDashboardProps = {
  /** The heading level of the dashboard's own title (none when the page's title says it already). */
  headingLevel?: 2 | null;
};

/**
 * The board's dashboard: raised this year against last, donor retention, campaign progress and the gift pyramid, each
 * from its report (so each number has the report's definition behind it). Fiscal years unless the reader picks
 * calendar years (kept in the address bar as `?years=calendar`).
 */
export function BoardDashboard({ headingLevel = 2 }: BoardDashboardProps) {
  const [search, setSearch] = useSearchParams();
  const calendar = search.get('years') === 'calendar';
  const params: ReportParams = { yearBasis: calendar ? 'CALENDAR' : 'FISCAL' };
  const level = headingLevel ? 3 : 2;

  return (
    <Stack gap="md" component="section" aria-labelledby={headingLevel ? 'board-dashboard-title' : undefined} aria-label={headingLevel ? undefined : 'Board dashboard'}>
      <Group justify="space-between" align="flex-end" gap="sm">
        {headingLevel ? (
          <Title order={headingLevel} size="h3" id="board-dashboard-title">
            Board dashboard
          </Title>
        ) : (
          <span />
        )}
        <div>
          <VisuallyHidden id="dashboard-years-label">Years</VisuallyHidden>
          <SegmentedControl
            size="xs"
            aria-labelledby="dashboard-years-label"
            value={calendar ? 'calendar' : 'fiscal'}
            onChange={(value) => {
              const next = new URLSearchParams(search);
              if (value === 'calendar') next.set('years', 'calendar');
              else next.delete('years');
              setSearch(next, { preventScrollReset: true, replace: true });
            }}
            data={[
              { value: 'fiscal', label: 'Fiscal year' },
              { value: 'calendar', label: 'Calendar year' },
            ]}
          />
        </div>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DashboardCard report="year-over-year" title="Raised this year against last year" params={params} level={level}>
          {(result) => <YearOverYear result={result} />}
        </DashboardCard>
        <DashboardCard report="retention" title="Donor retention" params={params} level={level}>
          {(result) => <Retention result={result} />}
        </DashboardCard>
        <DashboardCard report="campaign-progress" title="Campaign progress" params={params} level={level}>
          {(result) => <CampaignProgress result={result} />}
        </DashboardCard>
        <DashboardCard report="gift-range" title="Gift pyramid" params={params} level={level}>
          {(result) => <GiftPyramid result={result} />}
        </DashboardCard>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Completed gifts only, net of refunds, in the base currency; pledges are not gifts until paid. Each title opens
        its report with the full definition.
      </Text>
    </Stack>
  );
}
