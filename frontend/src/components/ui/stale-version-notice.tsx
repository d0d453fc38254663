import { Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { Ref } from 'react';

import { NoticeAlert } from '@/components/ui/notice-alert';

type StaleVersionNoticeProps = {
  /** What the record is, for the title: "event" gives "Someone else changed this event". */
  kind: string;
  /** The record's name as the user knows it. */
  name: string;
  loading: boolean;
  onLoadLatest: () => void;
  ref?: Ref<HTMLDivElement>;
};

/** Said above an edit form whose save was refused because someone saved a newer version meanwhile. */
export function StaleVersionNotice({ kind, name, loading, onLoadLatest, ref }: StaleVersionNoticeProps) {
  return (
    <NoticeAlert
      ref={ref}
      tabIndex={-1}
      color="orange"
      role="alert"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title={`Someone else changed this ${kind}`}
    >
      <Stack gap="sm">
        <Text size="sm">
          While you were editing, someone saved a newer version of {name}. Your changes have not been saved, so nothing
          of theirs was overwritten. Load the latest version, then make your changes again.
        </Text>
        <Group>
          <Button leftSection={<IconRefresh size={18} aria-hidden />} loading={loading} onClick={onLoadLatest}>
            Load latest
          </Button>
        </Group>
      </Stack>
    </NoticeAlert>
  );
}
