import { useMutation, useQueryClient } from '@tanstack/react-query';

import { STALE_VERSION_CODE } from '@/hooks/use-versioned-edit';
import { apiRequest, isApiError } from '@/lib/api-client';
import { relationshipTypesQueryKeys } from '@/features/relationship-types/api/get-relationship-types';
import type { UpdateRelationshipTypeRequest } from '@/features/relationship-types/types/relationship-type';
import type { RelationshipType } from '@/types/relationships';

export function updateRelationshipType({
  code,
  request,
}: {
  code: string;
  request: UpdateRelationshipTypeRequest;
}): Promise<RelationshipType> {
  return apiRequest<RelationshipType>(`/api/relationship-types/${encodeURIComponent(code)}`, {
    method: 'PUT',
    body: request,
  });
}

/**
 * Relabels, deactivates or reactivates a custom type. Afterwards every list of types is read again, and so are
 * the constituents in the cache, whose relationships show the type's labels. After a stale-version conflict
 * (shown as a notification, like every failure) the list is read again too, so the dialog shows what is
 * stored now and the next attempt starts from it.
 */
export function useUpdateRelationshipType() {
  const queryClient = useQueryClient();
  const refreshTypes = () => queryClient.invalidateQueries({ queryKey: relationshipTypesQueryKeys.all });
  return useMutation({
    mutationFn: updateRelationshipType,
    onSuccess: () =>
      Promise.all([refreshTypes(), queryClient.invalidateQueries({ queryKey: ['constituent'] })]),
    onError: (error) => (isApiError(error) && error.code === STALE_VERSION_CODE ? refreshTypes() : undefined),
  });
}
