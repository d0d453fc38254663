import { useMutation, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { PublicEvent, PublicRegistration, SignUpRequest } from '@/features/public-events/types/public-events';

/** Anonymous calls: a 401 or 403 here is an answer to show, never the end of a staff session. */
export function usePublicEvents() {
  return useQuery({
    queryKey: ['public-events'],
    queryFn: ({ signal }) => apiRequest<PublicEvent[]>('/api/public/events', { signal, silent: true, anonymous: true }),
  });
}

export function usePublicEvent(id: string) {
  return useQuery({
    queryKey: ['public-events', id],
    queryFn: ({ signal }) =>
      apiRequest<PublicEvent>(`/api/public/events/${encodeURIComponent(id)}`, {
        signal,
        silent: true,
        anonymous: true,
      }),
  });
}

export function useSignUp(eventId: string) {
  return useMutation({
    mutationFn: (body: SignUpRequest) =>
      apiRequest<PublicRegistration>(`/api/public/events/${encodeURIComponent(eventId)}/registrations`, {
        method: 'POST',
        body,
        silent: true,
        anonymous: true,
      }),
  });
}
