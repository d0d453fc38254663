import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { relationshipTypesQueryKeys } from '@/features/relationship-types/api/get-relationship-types';
import type { CreateRelationshipTypeRequest } from '@/features/relationship-types/types/relationship-type';
import type { RelationshipType } from '@/types/relationships';

/** Silent: the form shows why saving failed, on a field where it can. */
export function createRelationshipType(request: CreateRelationshipTypeRequest): Promise<RelationshipType> {
  return apiRequest<RelationshipType>('/api/relationship-types', { method: 'POST', body: request, silent: true });
}

export function useCreateRelationshipType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRelationshipType,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: relationshipTypesQueryKeys.all }),
  });
}
