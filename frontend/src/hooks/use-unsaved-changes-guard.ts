import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/** Navigation state that leaves a page on purpose, unsaved changes or not (e.g. after deleting what it edits). */
export const DISCARD_CHANGES_STATE = { discardChanges: true } as const;

export type UnsavedChangesGuard = {
  /** Set when the user tries to leave with unsaved changes: proceed or reset it. */
  blocker: Blocker;
  /** Lets the next navigation through without asking (saving, or an explicit cancel). */
  allowLeaving: () => void;
  /** Asks again (a save that failed keeps the user on the page). */
  guardAgain: () => void;
};

/**
 * Asks before unsaved changes are lost: leaving for another page of Steward goes through `blocker` (shown by
 * `UnsavedChangesModal`), closing or reloading the tab through the browser's own prompt.
 */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
  const allowed = useRef(false);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !allowed.current &&
      !isDiscarding(nextLocation.state) &&
      currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);
  const guardAgain = useCallback(() => {
    allowed.current = false;
  }, []);
  return { blocker, allowLeaving, guardAgain };
}

function isDiscarding(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { discardChanges?: unknown }).discardChanges === true;
}
