import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { isApiError } from '@/lib/api-client';
import { randomId } from '@/utils/random-id';
import { checkInKeys, sendAction } from '@/features/check-in/api/check-in';
import type {
  CheckInData,
  QueuedAction,
  RefusedAction,
  RegistrationView,
  RosterEntry,
} from '@/features/check-in/types/check-in';
import {
  loadQueue,
  loadRefused,
  saveQueue,
  saveRefused,
  saveRoster,
} from '@/features/check-in/utils/check-in-store';

/** How often a waiting queue is tried again (besides the browser's `online` event). */
export const RETRY_INTERVAL_MS = 5_000;
/** Server errors (5xx) an action may meet before it counts as refused. */
const MAX_ATTEMPTS = 5;

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** Plain words for a refused check-in or undo. */
export function refusalMessage(action: Pick<QueuedAction, 'kind' | 'name'>, error: unknown): string {
  const what = action.kind === 'check-in' ? 'Check-in' : 'Undo of the check-in';
  if (isApiError(error)) {
    switch (error.code) {
      case 'events.not-checkable':
        return `${what} of ${action.name} was refused: the registration is waitlisted, offered or cancelled.`;
      case 'events.check-in-closed':
        return `${what} of ${action.name} was refused: check-in is closed (the event is a draft or cancelled).`;
      case 'events.not-checked-in':
        return `${what} of ${action.name} was refused: the party is not checked in.`;
      case 'events.registration-not-found':
        return `${what} of ${action.name} was refused: the registration no longer exists.`;
      default:
        return `${what} of ${action.name} was refused: ${error.problem.detail ?? error.problem.title}`;
    }
  }
  return `${what} of ${action.name} failed.`;
}

function applyView(data: CheckInData | undefined, view: RegistrationView): CheckInData | undefined {
  if (!data) return data;
  return {
    ...data,
    roster: data.roster.map((entry) =>
      entry.registrationId === view.id
        ? {
            ...entry,
            status: view.status,
            guestsCheckedIn: view.guestsCheckedIn,
            checkedInAt: view.checkedInAt ?? null,
            version: view.version ?? entry.version,
          }
        : entry,
    ),
  };
}

/**
 * The door's check-ins and undos. Every tap is queued first (in the browser, so a reload keeps it) with its own
 * `Idempotency-Key` and the tap's time, shown on the page at once, and sent in order: right away when online, else
 * when the network is back (`online` event, and a retry every {@link RETRY_INTERVAL_MS}). A replay reuses its key,
 * so a request whose answer was lost is not counted twice. A refusal (409 and other 4xx) is kept as a message and
 * never retried.
 */
export function useDoorQueue(eventId: string) {
  const queryClient = useQueryClient();
  const [queue, setQueue] = useState<QueuedAction[]>(() => loadQueue(eventId));
  const [refused, setRefused] = useState<RefusedAction[]>(() => loadRefused(eventId));
  const [online, setOnline] = useState(isOnline);
  const [networkDown, setNetworkDown] = useState(false);
  const flushing = useRef(false);

  const updateQueue = useCallback(
    (change: (current: QueuedAction[]) => QueuedAction[]) => {
      const next = change(loadQueue(eventId));
      saveQueue(eventId, next);
      setQueue(next);
    },
    [eventId],
  );

  const addRefused = useCallback(
    (item: RefusedAction) => {
      const next = [...loadRefused(eventId), item];
      saveRefused(eventId, next);
      setRefused(next);
    },
    [eventId],
  );

  const dismissRefused = useCallback(
    (key: string) => {
      const next = loadRefused(eventId).filter((item) => item.key !== key);
      saveRefused(eventId, next);
      setRefused(next);
    },
    [eventId],
  );

  const flush = useCallback(async () => {
    if (flushing.current || !isOnline()) return;
    flushing.current = true;
    let sent = 0;
    try {
      for (;;) {
        const next = loadQueue(eventId)[0];
        if (!next) break;
        try {
          const view = await sendAction(next);
          sent += 1;
          setNetworkDown(false);
          const key = checkInKeys.door(eventId);
          await queryClient.cancelQueries({ queryKey: key });
          const updated = applyView(queryClient.getQueryData<CheckInData>(key), view);
          if (updated) {
            queryClient.setQueryData(key, updated);
            saveRoster(eventId, updated);
          }
          updateQueue((current) => current.filter((item) => item.key !== next.key));
        } catch (error) {
          if (isApiError(error) && error.status === 0) {
            setNetworkDown(true);
            break;
          }
          if (isApiError(error) && error.status >= 500 && next.attempts + 1 < MAX_ATTEMPTS) {
            updateQueue((current) =>
              current.map((item) => (item.key === next.key ? { ...item, attempts: item.attempts + 1 } : item)),
            );
            break;
          }
          if (!isApiError(error) && !(error instanceof Error)) break;
          updateQueue((current) => current.filter((item) => item.key !== next.key));
          addRefused({ key: next.key, kind: next.kind, name: next.name, message: refusalMessage(next, error) });
        }
      }
    } finally {
      flushing.current = false;
    }
    if (sent > 0) {
      void queryClient.invalidateQueries({ queryKey: checkInKeys.door(eventId) });
    }
  }, [eventId, queryClient, updateQueue, addRefused]);

  const enqueue = useCallback(
    (entry: RosterEntry, kind: QueuedAction['kind'], guestsCheckedIn?: number) => {
      const action: QueuedAction = {
        key: randomId(),
        kind,
        registrationId: entry.registrationId,
        name: entry.name,
        at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        attempts: 0,
        ...(kind === 'check-in' ? { guestsCheckedIn } : {}),
      };
      updateQueue((current) => [...current, action]);
      void flush();
    },
    [updateQueue, flush],
  );

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      void flush();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    const timer = window.setInterval(() => {
      if (loadQueue(eventId).length > 0) void flush();
    }, RETRY_INTERVAL_MS);
    // whatever a previous visit left waiting goes now
    void flush();
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.clearInterval(timer);
    };
  }, [eventId, flush]);

  return {
    queue,
    refused,
    /** False when the browser says it is offline or the last request found no network. */
    reachable: online && !networkDown,
    checkIn: (entry: RosterEntry, guestsCheckedIn: number) => enqueue(entry, 'check-in', guestsCheckedIn),
    undo: (entry: RosterEntry) => enqueue(entry, 'undo'),
    dismissRefused,
    flush,
  };
}
