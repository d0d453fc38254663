import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { profileQueryKeys } from '@/features/constituent-profile/api/get-summary';
import type {
  CreateRelationshipRequest,
  RelationshipType,
  UpdateRelationshipRequest,
} from '@/features/constituent-profile/types/profile';

export function useRelationshipTypes(enabled = true) {
  return useQuery({
    queryKey: profileQueryKeys.relationshipTypes,
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
