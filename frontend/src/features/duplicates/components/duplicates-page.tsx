import { Alert, Anchor, Badge, Button, Group, Stack, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCircleX, IconGitCompare, IconSearch } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import { pluralize } from '@/utils/format';
import { useDuplicateRules, useDuplicateScan } from '@/features/duplicates/api/duplicates';
import { DuplicateRules } from '@/features/duplicates/components/duplicate-rules';
import { MergeReviewModal } from '@/features/duplicates/components/merge-review';
import { NotDuplicateModal } from '@/features/duplicates/components/not-duplicate-modal';
import type { ConstituentRef, DuplicatePair } from '@/features/duplicates/types/duplicates';
import { ruleShortName, TYPE_LABELS } from '@/features/duplicates/utils/format';

const PAGE_SIZE = 25;

function ConstituentLink({ constituent }: { constituent: ConstituentRef }) {
  return (
    <Anchor component={Link} to={`/constituents/${constituent.id}`} size="sm" fw={600}>
      {constituent.displayName}
      {constituent.deceased ? ' (deceased)' : ''}
    </Anchor>
  );
}

export function DuplicatesPage() {
  const session = useSession();
  const roles = session?.roles ?? [];
  const mayMerge = hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER']);

  return (
    <ContentLayout
      title="Possible duplicates"
      description="Records the matching rules take for the same constituent. Review a pair to merge it, or say it is not a duplicate to take it off the list."
    >
      {mayMerge ? (
        <DuplicatesList isAdmin={hasAnyRole(roles, ['ADMIN'])} />
      ) : (
        <Alert color="blue" variant="light">
          Only administrators and development officers review and merge duplicates. If you spot two records of
          the same person, tell one of them.
        </Alert>
      )}
    </ContentLayout>
  );
}

function DuplicatesList({ isAdmin }: { isAdmin: boolean }) {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const [name, setName] = useState('');
  const [debouncedName] = useDebouncedValue(name, 250);
  const [dismissing, setDismissing] = useState<DuplicatePair | null>(null);
  const scan = useDuplicateScan(page - 1, PAGE_SIZE, debouncedName);
  const rules = useDuplicateRules();

  const ruleNames = useMemo(
    () => new Map((rules.data ?? []).map((rule) => [rule.code, rule.description])),
    [rules.data],
  );

  // The pair under review lives in the URL, so a profile's "Merge…" can open it directly.
  const survivorParam = searchParams.get('survivor');
  const duplicateParam = searchParams.get('duplicate');
  const reviewing =
    survivorParam && duplicateParam && survivorParam !== duplicateParam
      ? { firstId: survivorParam, secondId: duplicateParam, survivorId: survivorParam }
      : null;

  const openReview = (pair: DuplicatePair) =>
    setSearchParams(new URLSearchParams({ survivor: pair.a.id, duplicate: pair.b.id }));
  const closeReview = () => setSearchParams(new URLSearchParams(), { replace: true });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label="Name starts with"
          description="Work through a large list a surname at a time"
          placeholder="e.g. Smith"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setPage(1);
          }}
          maw={320}
        />
        <Text c="dimmed" size="sm">
          {scan.data ? pluralize(scan.data.total, 'possible duplicate pair') : '\u00a0'}
        </Text>
        {rules.data ? <DuplicateRules rules={rules.data} canChange={isAdmin} /> : null}
      </Group>

      <DataTable<DuplicatePair>
        aria-label="Possible duplicates"
        withTableBorder
        borderRadius="md"
        striped
        highlightOnHover
        minHeight={180}
        idAccessor={(pair) => `${pair.a.id}:${pair.b.id}`}
        records={scan.data?.items ?? []}
        fetching={scan.isFetching}
        noRecordsText={
          scan.isError
            ? 'The duplicates could not be loaded'
            : debouncedName.trim()
              ? `No possible duplicates with a name starting “${debouncedName.trim()}”`
              : 'No possible duplicates found'
        }
        totalRecords={scan.data?.total ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        columns={[
          { accessor: 'a', title: 'Record', render: (pair) => <ConstituentLink constituent={pair.a} /> },
          { accessor: 'b', title: 'Possible duplicate', render: (pair) => <ConstituentLink constituent={pair.b} /> },
          {
            accessor: 'type',
            title: 'Type',
            visibleMediaQuery: (theme) => `(min-width: ${theme.breakpoints.md})`,
            render: (pair) => TYPE_LABELS[pair.a.type],
          },
          {
            accessor: 'reasons',
            title: 'Why',
            render: (pair) => (
              <Group gap={4}>
                {pair.reasons.map((reason) => (
                  <Tooltip key={reason} label={ruleNames.get(reason) ?? reason} withinPortal>
                    <Badge size="sm" variant="light" color="grape" tabIndex={0} aria-label={ruleNames.get(reason) ?? reason}>
                      {ruleShortName(reason)}
                    </Badge>
                  </Tooltip>
                ))}
              </Group>
            ),
          },
          {
            accessor: 'actions',
            title: <VisuallyHidden>Review</VisuallyHidden>,
            textAlign: 'right',
            render: (pair) => (
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconGitCompare size={16} aria-hidden />}
                  onClick={() => openReview(pair)}
                  aria-label={`Review ${pair.a.displayName} and ${pair.b.displayName}`}
                >
                  Review
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  leftSection={<IconCircleX size={16} aria-hidden />}
                  onClick={() => setDismissing(pair)}
                  aria-label={`Not a duplicate: ${pair.a.displayName} and ${pair.b.displayName}`}
                >
                  Not a duplicate
                </Button>
              </Group>
            ),
          },
        ]}
      />

      <NotDuplicateModal pair={dismissing} onClose={() => setDismissing(null)} />

      <MergeReviewModal
        pair={reviewing}
        onClose={closeReview}
        onMerged={(result, duplicateName) => {
          notifications.show({
            color: 'green',
            title: 'Merged',
            message: `${duplicateName} was merged into ${result.survivor.displayName}.`,
          });
          void navigate(`/constituents/${result.survivor.id}`);
        }}
      />
    </Stack>
  );
}
