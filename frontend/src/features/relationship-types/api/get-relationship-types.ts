import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { RELATIONSHIP_TYPES_QUERY_KEY, type RelationshipType } from '@/types/relationships';

export const relationshipTypesQueryKeys = {
  /** Every list of types, the 360° view's active-only one included. */
  all: RELATIONSHIP_TYPES_QUERY_KEY,
  list: [...RELATIONSHIP_TYPES_QUERY_KEY, 'all'] as const,
};

/** Every type, built-in and custom, active or not, by label. */
export function getRelationshipTypes(signal?: AbortSignal): Promise<RelationshipType[]> {
  return apiRequest<RelationshipType[]>('/api/relationship-types', { signal });
}

export function useAllRelationshipTypes() {
  return useQuery({
    queryKey: relationshipTypesQueryKeys.list,
    queryFn: ({ signal }) => getRelationshipTypes(signal),
  });
}
