import { Badge, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useDuplicateCandidates } from '@/features/constituent-profile/api/merges';
import { ConstituentPicker } from '@/components/ui/constituent-picker';
import type { ConstituentSearchItem, Profile } from '@/features/constituent-profile/types/profile';

type MergeActionModalProps = {
  profile: Profile;
  opened: boolean;
  onClose: () => void;
};

/**
 * Picks the record to merge with this one (a likely duplicate the rules found, or any constituent of
 * the same type found by name), then opens the merge review of the duplicates page.
 */
export function MergeActionModal({ profile, opened, onClose }: MergeActionModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Merge with ${profile.displayName}`} size="lg">
      {opened ? <MergeActionForm profile={profile} onCancel={onClose} /> : null}
    </Modal>
  );
}

function MergeActionForm({ profile, onCancel }: { profile: Profile; onCancel: () => void }) {
  const navigate = useNavigate();
  const candidates = useDuplicateCandidates(profile.id, true);
  const [suggested, setSuggested] = useState<string | null>(null);
  const [searched, setSearched] = useState<ConstituentSearchItem | null>(null);
  const chosen = searched?.id ?? suggested;

  const review = () => {
    if (!chosen) return;
    const params = new URLSearchParams({ survivor: profile.id, duplicate: chosen });
    void navigate(`/constituents/duplicates?${params.toString()}`);
  };

  const found = candidates.data ?? [];

  return (
    <Stack gap="md">
      <Text size="sm">
        Choose the other record. You will see both side by side and what moves before anything changes, and
        can still choose which one is kept.
      </Text>
      {found.length > 0 ? (
        <Radio.Group
          label="Likely duplicates"
          value={searched ? null : suggested}
          onChange={(value) => {
            setSuggested(value);
            setSearched(null);
          }}
        >
          <Stack gap="xs" mt="xs">
            {found.map((pair) => (
              <Radio
                key={pair.b.id}
                value={pair.b.id}
                label={
                  <Group gap="xs">
                    <span>{pair.b.displayName}</span>
                    {pair.reasons.map((reason) => (
                      <Badge key={reason} size="xs" variant="light" color="grape">
                        {reason}
                      </Badge>
                    ))}
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : candidates.isLoading ? (
        <Text size="sm" c="dimmed">
          Looking for likely duplicates…
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          The duplicate rules found no likely duplicates of this record.
        </Text>
      )}
      <ConstituentPicker
        label={found.length > 0 ? 'Or find another record' : 'Find the other record'}
        type={profile.type}
        exclude={[profile.id]}
        value={searched}
        onChange={setSearched}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button disabled={!chosen} onClick={review}>
          Review merge
        </Button>
      </Group>
    </Stack>
  );
}
