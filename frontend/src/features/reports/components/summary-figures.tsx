import { SimpleGrid, Text, type SimpleGridProps } from '@mantine/core';

import type { SummaryFigure } from '@/features/reports/types/reports';
import { formatReportValue } from '@/features/reports/utils/format';

const PAGE_COLUMNS: SimpleGridProps['cols'] = { base: 2, sm: 3, md: 4 };

/**
 * A report's headline figures as a description list ("Donors 12", "Raised $1,234.00"). `cols` by viewport width:
 * fewer where the list has only part of the page (a dashboard card).
 */
export function SummaryFigures({
  figures,
  currency,
  label = 'Summary',
  cols = PAGE_COLUMNS,
}: {
  figures: readonly SummaryFigure[];
  currency: string;
  label?: string;
  cols?: SimpleGridProps['cols'];
}) {
  if (figures.length === 0) return null;
  return (
    <div role="group" aria-label={label}>
      <SimpleGrid cols={cols} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        {figures.map((figure) => (
          <div key={figure.label}>
            <Text size="xs" c="dimmed" component="dt">
              {figure.label}
            </Text>
            <Text fw={700} size="lg" component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {formatReportValue(figure.value, figure.kind, currency)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </div>
  );
}
