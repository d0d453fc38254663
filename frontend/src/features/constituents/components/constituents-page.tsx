import {
  Alert,
  Badge,
  Button,
  Collapse,
  Flex,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { IconAdjustmentsHorizontal, IconCopy, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ContentLayout } from '@/components/ui/content-layout';
import { useConstituents } from '@/features/constituents/api/get-constituents';
import { useSegments } from '@/features/constituents/api/segments';
import { ConstituentsTable, formatTotal } from '@/features/constituents/components/constituents-table';
import { DebouncedTextInput } from '@/features/constituents/components/debounced-text-input';
import { SavedSearches } from '@/features/constituents/components/saved-searches';
import { TagFilterInput } from '@/features/constituents/components/tag-filter-input';
import { useConstituentPermissions } from '@/features/constituents/hooks/use-constituent-permissions';
import {
  CONSTITUENT_TYPES,
  CONSTITUENT_TYPE_LABELS,
  isConstituentType,
  type ConstituentSearch,
  type SearchCriteria,
} from '@/features/constituents/types/constituent';
import {
  EMPTY_CRITERIA,
  countExtraFilters,
  fromSegmentCriteria,
  hasAnyCriteria,
  parseSearch,
  toSearchParams,
} from '@/features/constituents/utils/search-params';

const TYPE_OPTIONS = [
  { value: 'ALL', label: 'All types' },
  ...CONSTITUENT_TYPES.map((type) => ({ value: type, label: CONSTITUENT_TYPE_LABELS[type] })),
];

function sameCriteria(a: SearchCriteria, b: SearchCriteria): boolean {
  return (Object.keys(EMPTY_CRITERIA) as (keyof SearchCriteria)[]).every(
    (key) => (a[key] ?? '').toString().trim() === (b[key] ?? '').toString().trim(),
  );
}

/**
 * The constituent search. Everything that decides the results lives in the address bar, so back and
 * forward, reloads and shared links show the same search.
 */
export function ConstituentsPage() {
  const { canWrite, isAdmin, seesNotes } = useConstituentPermissions();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseSearch(params), [params]);
  const constituents = useConstituents(search);
  const segments = useSegments();
  const extraFilters = countExtraFilters(search);
  const [filtersOpen, setFiltersOpen] = useState(extraFilters > 0 || search.includeDeleted);

  /** Changes the search; any change but paging starts again at page 1. Typing replaces the history entry. */
  const update = (patch: Partial<ConstituentSearch>, { replace = false } = {}) => {
    setParams(
      (previous) => toSearchParams({ ...parseSearch(previous), page: 1, ...patch }),
      { replace, preventScrollReset: true },
    );
  };

  const clearFilters = () => update({ ...EMPTY_CRITERIA, includeDeleted: false });

  const activeSegment = segments.data?.find((segment) =>
    sameCriteria(fromSegmentCriteria(segment.criteria), search),
  );
  const filtered = hasAnyCriteria(search) || search.includeDeleted;
  const data = constituents.data;

  return (
    <ContentLayout
      title="Constituents"
      description="Find donors, members, volunteers and organizations."
      actions={
        canWrite ? (
          <Group gap="sm">
            <Button
              component={Link}
              to="/constituents/duplicates"
              variant="default"
              leftSection={<IconCopy size={18} aria-hidden />}
            >
              Possible duplicates
            </Button>
            <Button component={Link} to="/constituents/new" leftSection={<IconPlus size={18} aria-hidden />}>
              New constituent
            </Button>
          </Group>
        ) : null
      }
    >
      <Paper withBorder radius="md" p="md">
        <form role="search" aria-label="Constituents" onSubmit={(event) => event.preventDefault()}>
          <Stack gap="sm">
            <Flex gap="sm" direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-end' }}>
              <DebouncedTextInput
                style={{ flex: 1 }}
                type="search"
                label="Search"
                description="A name (first letters), an email address or a phone number"
                placeholder="e.g. Jane Do, jane@example.org, 555 0100"
                leftSection={<IconSearch size={18} aria-hidden />}
                autoComplete="off"
                spellCheck={false}
                clearLabel="Clear search"
                value={search.q}
                onCommit={(q) => update({ q }, { replace: true })}
                // the page is for finding someone: typing starts at once
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus
              />
              <Select
                label="Type"
                w={{ base: '100%', sm: 180 }}
                data={TYPE_OPTIONS}
                value={search.type ?? 'ALL'}
                allowDeselect={false}
                onChange={(value) => update({ type: isConstituentType(value) ? value : null })}
              />
              <Button
                variant="default"
                leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
                rightSection={
                  extraFilters > 0 ? (
                    <Badge size="sm" circle aria-label={`${extraFilters} active`}>
                      {extraFilters}
                    </Badge>
                  ) : null
                }
                aria-expanded={filtersOpen}
                aria-controls="constituent-filters"
                onClick={() => setFiltersOpen((open) => !open)}
              >
                More filters
              </Button>
            </Flex>
            <Collapse in={filtersOpen} id="constituent-filters">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" pt="xs">
                <TagFilterInput
                  label="Tag"
                  description="Exact tag; suggestions show the tags in use"
                  placeholder="e.g. major-donor"
                  clearLabel="Clear tag"
                  value={search.tag}
                  onCommit={(tag) => update({ tag }, { replace: true })}
                />
                <DebouncedTextInput
                  label="Email"
                  type="email"
                  clearLabel="Clear email"
                  value={search.email}
                  onCommit={(email) => update({ email }, { replace: true })}
                />
                <DebouncedTextInput
                  label="Phone"
                  type="tel"
                  clearLabel="Clear phone"
                  value={search.phone}
                  onCommit={(phone) => update({ phone }, { replace: true })}
                />
                <DebouncedTextInput
                  label="Postal code"
                  description="Start of the code"
                  clearLabel="Clear postal code"
                  value={search.postalCode}
                  onCommit={(postalCode) => update({ postalCode }, { replace: true })}
                />
                {seesNotes ? (
                  <DebouncedTextInput
                    label="Words in names or notes"
                    description="Slower: searches all text"
                    clearLabel="Clear words"
                    value={search.text}
                    onCommit={(text) => update({ text }, { replace: true })}
                  />
                ) : null}
                {isAdmin ? (
                  <Switch
                    label="Include deleted constituents"
                    mt={{ base: 0, sm: 'xl' }}
                    checked={search.includeDeleted}
                    onChange={(event) => update({ includeDeleted: event.currentTarget.checked })}
                  />
                ) : null}
              </SimpleGrid>
            </Collapse>
          </Stack>
        </form>
      </Paper>

      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="wrap">
            {constituents.isFetching && data ? <Loader size="xs" aria-label="Updating the results" /> : null}
            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {data && !constituents.isError
                ? `${formatTotal(data)} ${data.total === 1 && !data.totalCapped ? 'constituent' : 'constituents'}${
                    activeSegment ? ` in saved search “${activeSegment.name}”` : filtered ? ' found' : ''
                  }`
                : constituents.isError
                  ? 'The search failed.'
                  : 'Searching…'}
            </Text>
            {filtered ? (
              <Button variant="subtle" size="compact-sm" onClick={clearFilters}>
                Clear search and filters
              </Button>
            ) : null}
          </Group>
          <SavedSearches
            criteria={search}
            canWrite={canWrite}
            onApply={(criteria) => {
              update({ ...criteria, includeDeleted: false });
              if (countExtraFilters(criteria) > 0) setFiltersOpen(true);
            }}
          />
        </Group>

        {constituents.isError ? (
          <Alert color="red" variant="light" role="alert" title="The search failed">
            <Group justify="space-between" gap="sm">
              <Text size="sm">The results below are not shown: they would belong to another search.</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void constituents.refetch()}>
                Try again
              </Button>
            </Group>
          </Alert>
        ) : null}
        <ConstituentsTable
          // never the last search's rows under a search that failed
          data={constituents.isError ? undefined : data}
          fetching={constituents.isFetching}
          failed={constituents.isError}
          page={search.page}
          size={search.size}
          sort={search.sort}
          filtered={filtered}
          canWrite={canWrite}
          onPageChange={(page) => update({ page })}
          onSizeChange={(size) => update({ size })}
          onSortChange={(sort) => update({ sort })}
          onClearFilters={clearFilters}
        />
      </Stack>
    </ContentLayout>
  );
}
