import { SimpleGrid, Text } from '@mantine/core';

import type { SummaryFigure } from '@/features/reports/types/reports';
import { formatReportValue } from '@/features/reports/utils/format';

/** A report's headline figures as a description list ("Donors 12", "Raised $1,234.00"). */
export function SummaryFigures({ figures, currency, label = 'Summary' }: { figures: readonly SummaryFigure[]; currency: string; label?: string }) {
  if (figures.length === 0) return null;
  return (
    <div role="group" aria-label={label}>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
        {figures.map((figure) => (
          <div key={figure.label}>
            <Text size="xs" c="dimmed" component="dt">
              {figure.label}
            </Text>
            <Text fw={700} size="lg" component="dd" m={0}>
              {formatReportValue(figure.value, figure.kind, currency)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </div>
  );
}
