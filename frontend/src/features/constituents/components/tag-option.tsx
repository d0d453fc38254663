import { Group, Text, VisuallyHidden } from '@mantine/core';

/** A tag suggestion: the tag, and how many constituents carry it (dimmed; read out as "vip, 12 constituents"). */
export function TagOption({ tag, count }: { tag: string; count: number | undefined }) {
  return (
    <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
      <Text span size="sm">
        {tag}
        {count === undefined ? null : (
          <VisuallyHidden>{`, ${count} ${count === 1 ? 'constituent' : 'constituents'}`}</VisuallyHidden>
        )}
      </Text>
      {count === undefined ? null : (
        <Text span size="xs" c="dimmed" aria-hidden>
          {count}
        </Text>
      )}
    </Group>
  );
}
