import {
  Alert,
  Button,
  Drawer,
  Grid,
  Group,
  Skeleton,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowsJoin,
  IconEdit,
  IconGitMerge,
  IconHeartHandshake,
  IconHistory,
  IconMessages,
  IconShieldCheck,
  IconTopologyStar3,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { isApiError } from '@/lib/api-client';
import { useDeletedConstituent } from '@/features/constituent-profile/api/get-deleted';
import { useConstituentSummary } from '@/features/constituent-profile/api/get-summary';
import { ConsentPanel } from '@/features/constituent-profile/components/consent-panel';
import { ContactCard } from '@/features/constituent-profile/components/contact-card';
import { ExtraSection } from '@/features/constituent-profile/components/extra-section';
import { HouseholdCard } from '@/features/constituent-profile/components/household-card';
import { InteractionsPanel } from '@/features/constituent-profile/components/interactions-panel';
import { LogInteractionForm } from '@/features/constituent-profile/components/log-interaction-form';
import { MergeActionModal } from '@/features/constituent-profile/components/merge-action-modal';
import { MergeHistoryPanel } from '@/features/constituent-profile/components/merge-history-panel';
import { OpenTasksCard } from '@/features/constituent-profile/components/open-tasks-card';
import { ProfileHeader } from '@/features/constituent-profile/components/profile-header';
import { RelationshipsPanel } from '@/features/constituent-profile/components/relationships-panel';
import { SuppressionBanner } from '@/features/constituent-profile/components/suppression-banner';
import { useProfilePermissions } from '@/features/constituent-profile/hooks/use-profile-permissions';
import type { ConstituentSummary, Profile } from '@/features/constituent-profile/types/profile';
import { humanizeField } from '@/features/constituent-profile/utils/labels';

/**
 * Summary keys this page or the cards the app adds (`asideCards`) show; any other key is a newer module's
 * section, shown generically. `giving` is the donations module's Giving card, `events` the events module's Events card.
 */
const KNOWN_SECTIONS = new Set([
  'profile',
  'household',
  'consent',
  'relationships',
  'interactions',
  'openTasks',
  'giving',
  'events',
]);

type ConstituentProfilePageProps = {
  /** Cards of other modules for the left column, below the contact details (composed by the app). */
  asideCards?: (profile: Profile) => ReactNode;
  /** Where "History" goes: the audit log of this constituent; no button when absent (the app gives it to admins). */
  historyPath?: (constituentId: string) => string;
};

export function ConstituentProfilePage({ asideCards, historyPath }: ConstituentProfilePageProps = {}) {
  const { id = '' } = useParams();
  const summary = useConstituentSummary(id);

  if (summary.isPending) {
    return (
      <ContentLayout title="Constituent">
        <Stack gap="md" aria-busy="true" aria-label="Loading the constituent">
          <Skeleton height={28} width="40%" />
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Skeleton height={240} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Skeleton height={360} />
            </Grid.Col>
          </Grid>
        </Stack>
      </ContentLayout>
    );
  }
  if (summary.isError) {
    const survivor = mergedInto(summary.error);
    if (survivor) {
      // An old link to a merged record: open the record it was merged into.
      return <Navigate replace to={`/constituents/${survivor}`} state={{ mergedFrom: id }} />;
    }
    return (
      <ProfileError id={id} error={summary.error} onRetry={() => void summary.refetch()} historyPath={historyPath} />
    );
  }
  return <ProfileView summary={summary.data} asideCards={asideCards} historyPath={historyPath} />;
}

/** The survivor's id when the API says the constituent was merged (`constituents.merged`). */
function mergedInto(error: unknown): string | null {
  if (!isApiError(error) || error.code !== 'constituents.merged') return null;
  const survivor = error.problem.extensions?.mergedInto;
  return typeof survivor === 'string' ? survivor : null;
}

type ProfileErrorProps = Pick<ConstituentProfilePageProps, 'historyPath'> & {
  id: string;
  error: unknown;
  onRetry: () => void;
};

function ProfileError({ id, error, onRetry, historyPath }: ProfileErrorProps) {
  const { isAdmin } = useProfilePermissions();
  const notFound = isApiError(error) && error.status === 404;
  // A merged record never gets here (the page follows `mergedInto`); a deleted one is shown to admins.
  const deleted = useDeletedConstituent(id, notFound && isAdmin);

  return (
    <ContentLayout title={notFound ? 'Constituent not found' : 'Constituent'}>
      <Alert color={notFound ? 'yellow' : 'red'} variant="light" role="alert">
        <Stack gap="xs">
          {deleted.data?.deleted ? (
            <Text size="sm">
              <strong>{deleted.data.displayName}</strong> was deleted. An administrator can restore it.
            </Text>
          ) : notFound ? (
            <Text size="sm">There is no constituent at this address. It may have been deleted or merged.</Text>
          ) : (
            <Text size="sm">
              The constituent could not be loaded
              {isApiError(error) ? `: ${error.problem.detail ?? error.problem.title}` : '.'}
            </Text>
          )}
          <Group gap="sm">
            <Button component={Link} to="/constituents" size="xs" variant="light">
              Find constituents
            </Button>
            {deleted.data?.deleted && historyPath ? (
              <Button
                component={Link}
                to={historyPath(id)}
                size="xs"
                variant="default"
                leftSection={<IconHistory size={14} aria-hidden />}
              >
                History
              </Button>
            ) : null}
            {notFound ? null : (
              <Button size="xs" variant="default" onClick={onRetry}>
                Try again
              </Button>
            )}
          </Group>
        </Stack>
      </Alert>
    </ContentLayout>
  );
}

function ProfileView({
  summary,
  asideCards,
  historyPath,
}: { summary: ConstituentSummary } & ConstituentProfilePageProps) {
  const { profile, household, consent } = summary;
  const { username, canWrite, canLogInteractions, isAdmin } = useProfilePermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom;
  const [logging, setLogging] = useState(false);
  const [merging, setMerging] = useState(false);

  const extraKeys = Object.keys(summary).filter((key) => !KNOWN_SECTIONS.has(key) && summary[key] != null);
  const tabs = ['interactions', 'relationships', 'consent', ...(canWrite ? ['merges'] : []), ...extraKeys];
  const requested = searchParams.get('tab');
  const tab = requested && tabs.includes(requested) ? requested : 'interactions';
  const setTab = (value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (!value || value === 'interactions') next.delete('tab');
    else next.set('tab', value);
    setSearchParams(next, { replace: true });
  };

  const interactions = summary.interactions ?? { recent: [], total: 0 };
  const openTasks = summary.openTasks ?? { items: [], total: 0 };
  const relationships = summary.relationships ?? [];

  return (
    <ContentLayout
      title={profile.displayName}
      actions={
        <Group gap="xs" wrap="wrap">
          {canLogInteractions ? (
            <Button variant="light" leftSection={<IconMessages size={18} aria-hidden />} onClick={() => setLogging(true)}>
              Log interaction
            </Button>
          ) : null}
          {historyPath ? (
            <Button
              component={Link}
              to={historyPath(profile.id)}
              variant="default"
              leftSection={<IconHistory size={18} aria-hidden />}
            >
              History
            </Button>
          ) : null}
          {canWrite ? (
            <Button variant="default" leftSection={<IconArrowsJoin size={18} aria-hidden />} onClick={() => setMerging(true)}>
              Merge…
            </Button>
          ) : null}
          {canWrite ? (
            <Button component={Link} to={`/constituents/${profile.id}/edit`} leftSection={<IconEdit size={18} aria-hidden />}>
              Edit
            </Button>
          ) : null}
        </Group>
      }
    >
      <ProfileHeader profile={profile} />
      {mergedFrom ? (
        <Alert color="blue" variant="light" role="status">
          The record you opened was merged into this one, so you are seeing {profile.displayName}.
        </Alert>
      ) : null}
      <SuppressionBanner consent={consent} />

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <ContactCard profile={profile} />
            {asideCards?.(profile)}
            {profile.type !== 'ORGANIZATION' ? (
              <HouseholdCard profile={profile} household={household} canWrite={canWrite} />
            ) : null}
            {summary.openTasks ? (
              <OpenTasksCard
                constituentId={profile.id}
                tasks={openTasks.items}
                total={openTasks.total}
                username={username}
                canManageAll={canWrite}
              />
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="interactions" leftSection={<IconMessages size={16} aria-hidden />}>
                Interactions
              </Tabs.Tab>
              <Tabs.Tab value="relationships" leftSection={<IconTopologyStar3 size={16} aria-hidden />}>
                Relationships ({relationships.length})
              </Tabs.Tab>
              <Tabs.Tab value="consent" leftSection={<IconShieldCheck size={16} aria-hidden />}>
                Consent
              </Tabs.Tab>
              {canWrite ? (
                <Tabs.Tab value="merges" leftSection={<IconGitMerge size={16} aria-hidden />}>
                  Merges
                </Tabs.Tab>
              ) : null}
              {extraKeys.map((key) => (
                <Tabs.Tab key={key} value={key} leftSection={<IconHeartHandshake size={16} aria-hidden />}>
                  {humanizeField(key)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="interactions">
              <InteractionsPanel
                constituentId={profile.id}
                recent={interactions.recent}
                total={interactions.total}
                username={username}
                canChangeAll={canWrite}
                isHousehold={profile.type === 'HOUSEHOLD'}
              />
            </Tabs.Panel>
            <Tabs.Panel value="relationships">
              <RelationshipsPanel profile={profile} relationships={relationships} canWrite={canWrite} />
            </Tabs.Panel>
            <Tabs.Panel value="consent">
              <ConsentPanel constituentId={profile.id} consent={consent} canWrite={canWrite} />
            </Tabs.Panel>
            {canWrite ? (
              <Tabs.Panel value="merges">
                <MergeHistoryPanel constituentId={profile.id} isAdmin={isAdmin} />
              </Tabs.Panel>
            ) : null}
            {extraKeys.map((key) => (
              <Tabs.Panel key={key} value={key}>
                <ExtraSection sectionKey={key} value={summary[key]} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Grid.Col>
      </Grid>

      <Drawer
        opened={logging}
        onClose={() => setLogging(false)}
        title={<Text fw={700} size="lg">Log interaction</Text>}
        position="right"
        size="md"
      >
        {logging ? (
          <LogInteractionForm
            constituentId={profile.id}
            constituentName={profile.displayName}
            onCancel={() => setLogging(false)}
            onLogged={(interaction) => {
              notifications.show({
                color: 'green',
                message: interaction.followUpTask
                  ? `Interaction logged, follow-up “${interaction.followUpTask.title}” created.`
                  : 'Interaction logged.',
              });
              setLogging(false);
              setTab('interactions');
            }}
          />
        ) : null}
      </Drawer>
      {canWrite ? <MergeActionModal profile={profile} opened={merging} onClose={() => setMerging(false)} /> : null}
    </ContentLayout>
  );
}
