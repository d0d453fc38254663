import { notifications } from '@mantine/notifications';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import type { Problem } from '@/lib/api-client';

/** The problem code of a save that carried an older version than the stored one (HTTP 409). */
export const STALE_VERSION_CODE = 'common.stale-version';

/**
 * An edit page's record, held at the version the form was opened with: a newer one read in the background does not
 * replace what the user is editing. When a save is refused as stale, `handlesProblem` marks the page stale (the
 * notice takes the focus through `staleRef`), and `loadLatest` loads the stored version for the user to edit again.
 */
export function useVersionedEdit<T extends { id: string }>(query: UseQueryResult<T>) {
  const [snapshot, setSnapshot] = useState<T | null>(null);
  if (query.data && query.isFetchedAfterMount && (!snapshot || snapshot.id !== query.data.id)) {
    setSnapshot(query.data);
  }
  const [stale, setStale] = useState(false);
  const [loadingLatest, setLoadingLatest] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

  const loadLatest = async () => {
    setLoadingLatest(true);
    try {
      const result = await query.refetch();
      if (result.data) {
        setSnapshot(result.data);
        setStale(false);
        notifications.show({ message: 'The latest version is loaded. Make your changes again.' });
      }
    } finally {
      setLoadingLatest(false);
    }
  };

  /** For a form's `handlesProblem`: takes a stale-version refusal, leaves every other problem to the form. */
  const handlesProblem = (problem: Problem) => {
    if (problem.code !== STALE_VERSION_CODE) return false;
    setStale(true);
    return true;
  };

  /** Edits a version the page got otherwise (the answer of a restore, say) from now on. */
  const replace = (record: T) => setSnapshot(record);

  return { snapshot, replace, stale, staleRef, loadingLatest, loadLatest, handlesProblem };
}
