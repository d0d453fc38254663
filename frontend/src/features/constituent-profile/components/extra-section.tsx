import { Code, Stack, Text, Title } from '@mantine/core';

import { humanizeField } from '@/features/constituent-profile/utils/labels';

/**
 * A summary section from a module this page does not know yet (giving, registrations…): shown
 * plainly so the data is visible until the module brings its own card.
 */
export function ExtraSection({ sectionKey, value }: { sectionKey: string; value: unknown }) {
  const count =
    Array.isArray(value) ? value.length : typeof value === 'object' && value && 'total' in value ? value.total : null;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {humanizeField(sectionKey)}
      </Title>
      {typeof count === 'number' ? <Text size="sm">{count} in all.</Text> : null}
      <Code block style={{ maxHeight: 360, overflow: 'auto' }}>
        {JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}
