import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { CreateRelationshipRequest, UpdateRelationshipRequest } from '@/features/constituent-profile/types/profile';
import { RELATIONSHIP_TYPES_QUERY_KEY, type RelationshipType } from '@/types/relationships';

/** The types a new relationship may have: active ones only (the administrators' page lists them all). */
export function useRelationshipTypes(enabled = true) {
  return useQuery({
    queryKey: [...RELATIONSHIP_TYPES_QUERY_KEY, 'active'],
    queryFn: ({ signal }) =>
      apiRequest<RelationshipType[]>('/api/relationship-types', { query: { active: true }, signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Relationships touch two constituents: refresh every constituent view in the cache. */
function useInvalidateConstituents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['constituent'] });
}

export function useCreateRelationship() {
  const invalidate = useInvalidateConstituents();
  return useMutation({
    mutationFn: (request: CreateRelationshipRequest) =>
      apiRequest<unknown>('/api/relationships', { method: 'POST', body: request, silent: true }),
    onSuccess: invalidate,
  });
}

export function useUpdateRelationship() {
  const invalidate = useInvalidateConstituents();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: UpdateRelationshipRequest }) =>
      apiRequest<unknown>(`/api/relationships/${encodeURIComponent(id)}`, { method: 'PUT', body: request }),
    onSuccess: invalidate,
  });
}

export function useDeleteRelationship() {
  const invalidate = useInvalidateConstituents();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/relationships/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
