import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { CheckInData, QueuedAction, RegistrationView } from '@/features/check-in/types/check-in';
import { loadRoster, saveRoster } from '@/features/check-in/utils/check-in-store';

export const checkInKeys = {
  door: (eventId: string) => ['check-in', eventId] as const,
};

/** How often the counts and the roster are refreshed while the page is open and online. */
export const REFRESH_INTERVAL_MS = 10_000;

export async function fetchCheckIn(eventId: string, signal?: AbortSignal): Promise<CheckInData> {
  const answer = await apiRequest<CheckInData>(`/api/events/${encodeURIComponent(eventId)}/check-in`, {
    signal,
    silent: true,
  });
  // The API leaves out null members: fill them in once, here.
  const data: CheckInData = {
    ...answer,
    roster: (answer.roster ?? []).map((entry) => ({
      ...entry,
      guestNames: entry.guestNames ?? [],
      unnamedGuests: entry.unnamedGuests ?? 0,
      guestsCheckedIn: entry.guestsCheckedIn ?? 0,
      checkedInAt: entry.checkedInAt ?? null,
      checkInCode: entry.checkInCode ?? null,
    })),
  };
  saveRoster(eventId, data);
  return data;
}

/**
 * The door's roster and counts: starts from the copy kept in the browser (so the page opens without network),
 * refreshed from the server every {@link REFRESH_INTERVAL_MS} while online.
 */
export function useCheckInData(eventId: string) {
  return useQuery({
    queryKey: checkInKeys.door(eventId),
    queryFn: ({ signal }) => fetchCheckIn(eventId, signal),
    initialData: () => loadRoster(eventId)?.data,
    initialDataUpdatedAt: () => loadRoster(eventId)?.savedAt,
    staleTime: 0,
    refetchInterval: REFRESH_INTERVAL_MS,
    retry: false,
  });
}

/** A tap sent at once leaves the time to the server (a phone's clock may run ahead); one that waited in the queue sends when it happened. */
const QUEUED_AFTER_MS = 30_000;

export function tapTimeToSend(at: string, now: number = Date.now()): string | null {
  return now - Date.parse(at) > QUEUED_AFTER_MS ? at : null;
}

/**
 * Sends one check-in or undo with its own `Idempotency-Key`: a replay after a lost answer gets the registration as
 * it is now and changes nothing.
 */
export function sendAction(action: QueuedAction): Promise<RegistrationView> {
  const id = encodeURIComponent(action.registrationId);
  const headers = { 'Idempotency-Key': action.key };
  if (action.kind === 'check-in') {
    return apiRequest<RegistrationView>(`/api/registrations/${id}/check-in`, {
      method: 'POST',
      headers,
      body: { guestsCheckedIn: action.guestsCheckedIn, checkedInAt: tapTimeToSend(action.at) },
      silent: true,
    });
  }
  return apiRequest<RegistrationView>(`/api/registrations/${id}/undo-check-in`, {
    method: 'POST',
    headers,
    silent: true,
  });
}
