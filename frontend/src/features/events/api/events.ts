import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { apiDownload, apiRequest } from '@/lib/api-client';
import { saveFile } from '@/utils/save-file';
import type {
  CancelEventRequest,
  CancelRegistrationRequest,
  EventFilters,
  EventPage,
  EventRequest,
  EventsSummary,
  Registration,
  RegistrationFilters,
  RegistrationPage,
  RegistrationRequest,
  StewardEvent,
  TicketType,
  TicketTypeRequest,
  TransferRequest,
} from '@/types/events';

/** Every query of the events pages starts with `['events']`, so one invalidation refreshes them all. */
export const eventKeys = {
  all: ['events'] as const,
  list: (filters: EventFilters) => ['events', 'list', filters] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
  ticketTypes: (id: string) => ['events', 'detail', id, 'ticket-types'] as const,
  registrations: (id: string) => ['events', 'detail', id, 'registrations'] as const,
  registrationList: (id: string, filters: RegistrationFilters) =>
    ['events', 'detail', id, 'registrations', filters] as const,
  /** The constituent's 360° view, which carries the `events` section (same key as the profile page's). */
  summary: (constituentId: string) => ['constituent', constituentId, 'summary'] as const,
};

const path = (id: string) => `/api/events/${encodeURIComponent(id)}`;

export function useEvents(filters: EventFilters) {
  return useQuery({
    queryKey: eventKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest<EventPage>('/api/events', {
        query: { status: filters.status, page: filters.page - 1, size: filters.size },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(id: string, { fresh = false }: { fresh?: boolean } = {}) {
  return useQuery({
    queryKey: eventKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<StewardEvent>(path(id), { signal, silent: true }),
    enabled: !!id,
    // The set-up form edits what the server has now, not a cached copy.
    ...(fresh ? { refetchOnMount: 'always' as const, staleTime: 0 } : {}),
  });
}

function refreshEvent(queryClient: QueryClient, event: StewardEvent) {
  queryClient.setQueryData(eventKeys.detail(event.id), event);
  return queryClient.invalidateQueries({ queryKey: eventKeys.all });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EventRequest) =>
      apiRequest<StewardEvent>('/api/events', { method: 'POST', body: request, silent: true }),
    onSuccess: (event) => refreshEvent(queryClient, event),
  });
}

export function useUpdateEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EventRequest) =>
      apiRequest<StewardEvent>(path(id), { method: 'PUT', body: request, silent: true }),
    onSuccess: (event) => refreshEvent(queryClient, event),
  });
}

export type EventAction = 'publish' | 'complete';

/** Publish (DRAFT → PUBLISHED) or complete (PUBLISHED and started → COMPLETED). */
export function useEventAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: EventAction) => apiRequest<StewardEvent>(`${path(id)}/${action}`, { method: 'POST' }),
    onSuccess: (event) => refreshEvent(queryClient, event),
    onError: () => queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) }),
  });
}

export function useCancelEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CancelEventRequest) =>
      apiRequest<StewardEvent>(`${path(id)}/cancel`, { method: 'POST', body: request, silent: true }),
    onSuccess: (event) => refreshEvent(queryClient, event),
  });
}

export function useTicketTypes(eventId: string) {
  return useQuery({
    queryKey: eventKeys.ticketTypes(eventId),
    queryFn: ({ signal }) => apiRequest<TicketType[]>(`${path(eventId)}/ticket-types`, { signal }),
    enabled: !!eventId,
  });
}

/** Adds a ticket type, or changes one (`ticketTypeId` with `request.version`). */
export function useSaveTicketType(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ticketTypeId, request }: { ticketTypeId?: string; request: TicketTypeRequest }) =>
      ticketTypeId
        ? apiRequest<TicketType>(`${path(eventId)}/ticket-types/${encodeURIComponent(ticketTypeId)}`, {
            method: 'PUT',
            body: request,
            silent: true,
          })
        : apiRequest<TicketType>(`${path(eventId)}/ticket-types`, { method: 'POST', body: request, silent: true }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
  });
}

export function useRetireTicketType(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ticketTypeId: string) =>
      apiRequest<TicketType>(`${path(eventId)}/ticket-types/${encodeURIComponent(ticketTypeId)}/retire`, {
        method: 'POST',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
  });
}

export function useDeleteTicketType(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ticketTypeId: string) =>
      apiRequest<void>(`${path(eventId)}/ticket-types/${encodeURIComponent(ticketTypeId)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
  });
}

export function useRegistrations(eventId: string, filters: RegistrationFilters, enabled = true) {
  return useQuery({
    queryKey: eventKeys.registrationList(eventId, filters),
    queryFn: ({ signal }) =>
      apiRequest<RegistrationPage>(`${path(eventId)}/registrations`, {
        query: { status: filters.status, q: filters.q.trim(), page: filters.page - 1, size: filters.size },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: enabled && !!eventId,
  });
}

/** After a registration changes: the event (its counts), its lists, and the 360° view of whoever it concerns. */
function refreshRegistrations(queryClient: QueryClient, eventId: string, ...constituents: (string | undefined)[]) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
    ...constituents
      .filter((id): id is string => !!id)
      .map((id) => queryClient.invalidateQueries({ queryKey: ['constituent', id] })),
  ]);
}

/** Registers someone; the dialog keeps one Idempotency-Key while it is open and sends it with every attempt. */
export function useRegister(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: RegistrationRequest; idempotencyKey: string }) =>
      apiRequest<Registration>(`${path(eventId)}/registrations`, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
        silent: true,
      }),
    onSuccess: (registration) => refreshRegistrations(queryClient, eventId, registration.constituentId),
  });
}

const registrationPath = (id: string) => `/api/registrations/${encodeURIComponent(id)}`;

export function useCancelRegistration(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: CancelRegistrationRequest }) =>
      apiRequest<Registration>(`${registrationPath(id)}/cancel`, { method: 'POST', body: request, silent: true }),
    onSettled: (registration) => refreshRegistrations(queryClient, eventId, registration?.constituentId),
  });
}

export function useTransferRegistration(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: TransferRequest }) =>
      apiRequest<Registration>(`${registrationPath(id)}/transfer`, { method: 'POST', body: request, silent: true }),
    onSettled: (registration, _error, variables) =>
      refreshRegistrations(queryClient, eventId, registration?.constituentId, variables.request.constituentId),
  });
}

export type OfferAnswer = 'accept-offer' | 'decline-offer';

export function useAnswerOffer(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: OfferAnswer }) =>
      apiRequest<Registration>(`${registrationPath(id)}/${answer}`, { method: 'POST' }),
    onSettled: (registration) => refreshRegistrations(queryClient, eventId, registration?.constituentId),
  });
}

export type EventDocument = 'attendees.xlsx' | 'badges.pdf' | 'sign-in-sheet.pdf' | 'calendar.ics';

const ACCEPT: Record<EventDocument, string> = {
  'attendees.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'badges.pdf': 'application/pdf',
  'sign-in-sheet.pdf': 'application/pdf',
  'calendar.ics': 'text/calendar',
};

/** Downloads one of the event's documents with the session and hands it to the browser. */
export function useDownloadEventDocument(eventId: string) {
  return useMutation({
    mutationFn: async (document: EventDocument) => {
      const file = await apiDownload(`${path(eventId)}/${document}`, { accept: ACCEPT[document] });
      saveFile(file.blob, file.fileName ?? `event-${eventId}-${document}`);
      return file;
    },
  });
}

/** The `events` section of a constituent's 360° view (absent for roles that may not see registrations). */
export function useEventsSummary(constituentId: string) {
  return useQuery({
    queryKey: eventKeys.summary(constituentId),
    queryFn: ({ signal }) =>
      apiRequest<Record<string, unknown>>(`/api/constituents/${encodeURIComponent(constituentId)}/summary`, {
        signal,
        silent: true,
      }),
    select: (summary) => (summary.events ?? null) as EventsSummary | null,
    enabled: !!constituentId,
  });
}
