import { ActionIcon, Anchor, Badge, Button, Card, Group, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconHome, IconPlus, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import {
  useAddHouseholdMember,
  useChangeMemberRole,
  useHouseholdHistory,
  useRemoveHouseholdMember,
} from '@/features/constituent-profile/api/household';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { ConstituentPicker } from '@/components/ui/constituent-picker';
import {
  HOUSEHOLD_ROLES,
  type ConstituentRef,
  type ConstituentSearchItem,
  type Household,
  type HouseholdMember,
  type HouseholdRole,
  type Profile,
} from '@/features/constituent-profile/types/profile';
import { formatDate } from '@/features/constituent-profile/utils/dates';
import { HOUSEHOLD_ROLE_LABELS } from '@/features/constituent-profile/utils/labels';

/** "No role" is the empty value: memberships recorded before roles existed have none. */
const ROLE_OPTIONS = [
  { value: '', label: 'No role' },
  ...HOUSEHOLD_ROLES.map((role) => ({ value: role, label: HOUSEHOLD_ROLE_LABELS[role] })),
];

function roleOf(value: string | null): HouseholdRole | null {
  return HOUSEHOLD_ROLES.find((role) => role === value) ?? null;
}

type HouseholdCardProps = {
  profile: Profile;
  household: Household | null;
  canWrite: boolean;
};

/** The household an individual lives in (or a household's own members), with membership changes. */
export function HouseholdCard({ profile, household, canWrite }: HouseholdCardProps) {
  const [picking, setPicking] = useState(false);
  const [choice, setChoice] = useState<ConstituentSearchItem | null>(null);
  const [newRole, setNewRole] = useState<HouseholdRole | null>(null);
  const [removing, setRemoving] = useState<ConstituentRef | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const add = useAddHouseholdMember();
  const remove = useRemoveHouseholdMember();
  const changeRole = useChangeMemberRole();
  const history = useHouseholdHistory(profile.id, showHistory);
  const isHousehold = profile.type === 'HOUSEHOLD';

  const closePicker = () => {
    setPicking(false);
    setChoice(null);
    setNewRole(null);
  };

  const onRoleChange = (member: HouseholdMember, role: HouseholdRole | null) => {
    if (!household || (member.role ?? null) === role) return;
    changeRole.mutate(
      { householdId: household.household.id, memberId: member.member.id, role },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: role
              ? `${member.member.displayName} is now ${HOUSEHOLD_ROLE_LABELS[role].toLowerCase()} of the household.`
              : `${member.member.displayName} has no role now.`,
          }),
      },
    );
  };

  const onAdd = () => {
    if (!choice) return;
    const householdId = isHousehold ? profile.id : choice.id;
    const memberId = isHousehold ? choice.id : profile.id;
    add.mutate(
      { householdId, memberId, role: newRole },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: isHousehold
              ? `${choice.displayName} joined ${profile.displayName}.`
              : `${profile.displayName} joined ${choice.displayName}.`,
          });
          closePicker();
        },
      },
    );
  };

  const onRemove = () => {
    if (!household || !removing) return;
    const member = removing;
    remove.mutate(
      { householdId: household.household.id, memberId: member.id },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: `${member.displayName} left ${household.household.displayName}.`,
          });
          setRemoving(null);
        },
      },
    );
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="household-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="household-title">
            {isHousehold ? 'Members' : 'Household'}
          </Title>
          <Tooltip label="Membership history">
            <ActionIcon
              variant="subtle"
              color="gray.8"
              aria-label="Membership history"
              aria-pressed={showHistory}
              onClick={() => setShowHistory((shown) => !shown)}
            >
              <IconHistory size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>

        {household && !isHousehold ? (
          <Group gap={6}>
            <IconHome size={16} aria-hidden />
            <Anchor component={Link} to={`/constituents/${household.household.id}`} fw={600} size="sm">
              {household.household.displayName}
            </Anchor>
          </Group>
        ) : null}
        {household?.informalSalutation ? (
          <Text size="xs" c="dimmed">
            Salutation: {household.informalSalutation}
          </Text>
        ) : null}

        {household ? (
          household.members.length === 0 ? (
            <Text size="sm" c="dimmed">
              No members.
            </Text>
          ) : (
            <Stack gap={4} component="ul" aria-label="Household members" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {household.members.map((membership) => {
                const { member, since, role } = membership;
                return (
                  <Group key={member.id} component="li" justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      {member.id === profile.id ? (
                        <Text size="sm" fw={600}>
                          {member.displayName} (this constituent)
                        </Text>
                      ) : (
                        <Anchor component={Link} to={`/constituents/${member.id}`} size="sm">
                          {member.displayName}
                        </Anchor>
                      )}
                      <Group gap={6} wrap="wrap">
                        {role && !canWrite ? (
                          <Badge size="xs" variant="light">
                            {HOUSEHOLD_ROLE_LABELS[role]}
                          </Badge>
                        ) : null}
                        <Text size="xs" c="dimmed">
                          since {formatDate(since)}
                          {member.deceased ? ' · deceased' : ''}
                        </Text>
                      </Group>
                      {canWrite ? (
                        <Select
                          size="xs"
                          aria-label={`Role of ${member.displayName}`}
                          data={ROLE_OPTIONS}
                          value={role ?? ''}
                          allowDeselect={false}
                          disabled={changeRole.isPending && changeRole.variables?.memberId === member.id}
                          onChange={(value) => onRoleChange(membership, roleOf(value))}
                          w={160}
                          comboboxProps={{ withinPortal: true }}
                        />
                      ) : null}
                    </Stack>
                    {canWrite ? (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${member.displayName} from the household`}
                        onClick={() => setRemoving(member)}
                      >
                        <IconUserMinus size={18} aria-hidden />
                      </ActionIcon>
                    ) : null}
                  </Group>
                );
              })}
            </Stack>
          )
        ) : (
          <Text size="sm" c="dimmed">
            Not in a household.
          </Text>
        )}

        {canWrite && (isHousehold || !household) ? (
          picking ? (
            <Stack gap="xs">
              <ConstituentPicker
                label={isHousehold ? 'New member' : 'Household'}
                type={isHousehold ? 'INDIVIDUAL' : 'HOUSEHOLD'}
                exclude={[profile.id, ...(household?.members.map((m) => m.member.id) ?? [])]}
                value={choice}
                onChange={setChoice}
              />
              <Select
                label={isHousehold ? 'Their role' : 'Role in the household'}
                data={ROLE_OPTIONS}
                value={newRole ?? ''}
                allowDeselect={false}
                onChange={(value) => setNewRole(roleOf(value))}
                comboboxProps={{ withinPortal: true }}
              />
              <Group justify="flex-end" gap="xs">
                <Button size="xs" variant="default" onClick={closePicker}>
                  Cancel
                </Button>
                <Button size="xs" disabled={!choice} loading={add.isPending} onClick={onAdd}>
                  {isHousehold ? 'Add member' : 'Join household'}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setPicking(true)}
              style={{ alignSelf: 'flex-start' }}
            >
              {isHousehold ? 'Add member' : 'Add to a household'}
            </Button>
          )
        ) : null}

        {showHistory ? (
          <Stack gap={4}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Membership history
            </Text>
            {history.isLoading ? (
              <Text size="sm" c="dimmed">
                Loading…
              </Text>
            ) : (history.data ?? []).length === 0 ? (
              <Text size="sm" c="dimmed">
                No memberships recorded.
              </Text>
            ) : (
              (history.data ?? []).map((entry) => (
                <Text key={`${entry.household.id}:${entry.member.id}:${entry.startDate}`} size="xs">
                  {isHousehold ? entry.member.displayName : entry.household.displayName}
                  {entry.role ? ` (${HOUSEHOLD_ROLE_LABELS[entry.role].toLowerCase()})` : ''}: {formatDate(entry.startDate)} –{' '}
                  {entry.endDate ? formatDate(entry.endDate) : 'now'}
                </Text>
              ))
            )}
          </Stack>
        ) : null}
      </Stack>

      <ConfirmModal
        opened={removing !== null}
        title="Remove from household"
        confirmLabel="Remove"
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={onRemove}
      >
        End <strong>{removing?.displayName}</strong>’s membership of{' '}
        <strong>{household?.household.displayName}</strong> today? The history keeps it.
      </ConfirmModal>
    </Card>
  );
}
