import { Badge, Group, Text } from '@mantine/core';
import { IconBan, IconCoinOff, IconFlower } from '@tabler/icons-react';

import type { Profile } from '@/features/constituent-profile/types/profile';
import { formatDate } from '@/features/constituent-profile/utils/dates';
import { TYPE_ICONS, TYPE_LABELS } from '@/features/constituent-profile/utils/labels';

/** Type, flags and tags under the constituent's name. */
export function ProfileHeader({ profile }: { profile: Profile }) {
  const TypeIcon = TYPE_ICONS[profile.type];
  return (
    <Group gap="xs" wrap="wrap" aria-label="Status and tags" role="group">
      <Badge variant="outline" color="gray.8" leftSection={<TypeIcon size={14} aria-hidden />}>
        {TYPE_LABELS[profile.type]}
      </Badge>
      {profile.deceased ? (
        <Badge color="dark" variant="filled" leftSection={<IconFlower size={14} aria-hidden />}>
          Deceased{profile.deceasedDate ? ` ${formatDate(profile.deceasedDate)}` : ''}
        </Badge>
      ) : null}
      {profile.doNotContact ? (
        <Badge color="red" variant="filled" leftSection={<IconBan size={14} aria-hidden />}>
          Do not contact
        </Badge>
      ) : null}
      {profile.doNotSolicit ? (
        <Badge color="orange.9" variant="filled" leftSection={<IconCoinOff size={14} aria-hidden />}>
          Do not solicit
        </Badge>
      ) : null}
      {profile.tags.map((tag) => (
        <Badge key={tag} variant="light" color="blue">
          {tag}
        </Badge>
      ))}
      <Text size="xs" c="dimmed">
        Updated {new Date(profile.updatedAt).toLocaleDateString()} by {profile.updatedBy}
      </Text>
    </Group>
  );
}
