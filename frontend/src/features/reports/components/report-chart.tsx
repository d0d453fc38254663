import { BarChart, LineChart } from '@mantine/charts';
import { Box, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';

import type { ReportChart as Chart } from '@/features/reports/types/reports';

const COLORS = ['blue.7', 'teal.7', 'orange.7', 'grape.7', 'gray.7'];
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

type ReportChartProps = {
  chart: Chart;
  height?: number;
  /** Show the chart's title above it (a card that already says what it is can leave it out). */
  withTitle?: boolean;
};

function toNumber(value: string | null | undefined): number {
  const number = Number(value ?? 0);
  return Number.isFinite(number) ? number : 0;
}

/**
 * A report's chart as the server describes it: "column" (vertical bars), "bar" (horizontal bars, as a gift pyramid)
 * or "line". The figures are also in a table for screen readers.
 */
export function ReportChart({ chart, height = 260, withTitle = true }: ReportChartProps) {
  const titleId = useId();
  // Series names become labels, never data keys (a name may hold dots, which the chart library reads as paths).
  const series = chart.series.map((entry, index) => ({
    name: `s${index}`,
    label: entry.name,
    color: COLORS[index % COLORS.length],
  }));
  const data = chart.categories.map((category, row) => {
    const point: Record<string, string | number> = { category };
    chart.series.forEach((entry, index) => {
      point[`s${index}`] = toNumber(entry.values[row]);
    });
    return point;
  });
  const common = {
    h: height,
    data,
    dataKey: 'category',
    series,
    withLegend: series.length > 1,
    valueFormatter: (value: number) => numberFormat.format(value),
    tickLine: 'y' as const,
  };

  return (
    <Box component="figure" m={0} aria-labelledby={titleId}>
      <Text component="figcaption" id={titleId} fw={600} size="sm" mb="xs" hidden={!withTitle}>
        {chart.title}
      </Text>
      {/* The picture is for the eye (and not in the tab order); the table below says the same to screen readers. */}
      <div aria-hidden>
        {chart.type === 'line' ? (
          <LineChart {...common} curveType="linear" lineChartProps={{ accessibilityLayer: false }} />
        ) : chart.type === 'bar' ? (
          <BarChart
            {...common}
            orientation="vertical"
            yAxisProps={{ width: 96 }}
            barChartProps={{ accessibilityLayer: false }}
          />
        ) : (
          <BarChart {...common} barChartProps={{ accessibilityLayer: false }} />
        )}
      </div>
      <VisuallyHidden>
        <table>
          <caption>{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {chart.series.map((entry) => (
                <th scope="col" key={entry.name}>
                  {entry.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.categories.map((category, row) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {chart.series.map((entry) => (
                  <td key={entry.name}>{entry.values[row] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
