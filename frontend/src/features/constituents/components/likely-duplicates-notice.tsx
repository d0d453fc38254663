import { Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';

import { NoticeAlert } from '@/components/ui/notice-alert';
import type { LikelyDuplicate } from '@/features/constituents/api/save-constituent';

const REASONS: Record<string, string> = {
  'same-email': 'same email',
  'same-phone': 'same phone',
  'same-name-postal': 'same name and postal code',
  'same-name-birthdate': 'same name and birth date',
  'same-org-name': 'same name',
};

type LikelyDuplicatesNoticeProps = {
  candidates: LikelyDuplicate[];
  /** Marks the next submit as "save anyway" (the button submits the form it sits in). */
  onSaveAnyway: () => void;
  saving: boolean;
};

/** Shown in the new-constituent form when the record about to be saved looks like one already there. */
export function LikelyDuplicatesNotice({ candidates, onSaveAnyway, saving }: LikelyDuplicatesNoticeProps) {
  return (
    <NoticeAlert
      color="orange"
      role="alert"
      icon={<IconUsers size={20} aria-hidden />}
      title={candidates.length === 1 ? 'This may be someone already here' : 'This may be one of these records'}
    >
      <Stack gap="sm">
        <List spacing={4} size="sm" aria-label="Likely duplicates">
          {candidates.map((candidate) => (
            <List.Item key={candidate.constituent.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/constituents/${candidate.constituent.id}`} fw={600}>
                  Open {candidate.constituent.displayName}
                </Anchor>
                {candidate.reasons.map((reason) => (
                  <Badge key={reason} size="sm" variant="light" color="grape">
                    {REASONS[reason] ?? reason}
                  </Badge>
                ))}
              </Group>
            </List.Item>
          ))}
        </List>
        <Text size="sm">Nothing is saved yet. Open the existing record instead, or save this one anyway.</Text>
        <Group>
          <Button type="submit" variant="light" color="orange" loading={saving} onClick={onSaveAnyway}>
            Save anyway
          </Button>
        </Group>
      </Stack>
    </NoticeAlert>
  );
}
