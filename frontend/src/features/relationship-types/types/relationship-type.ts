// Request bodies of `/api/relationship-types` (the response shape is shared: `@/types/relationships`).

/** Labels are at most this long (`RelationshipRequests` in the backend). */
export const LABEL_MAX_LENGTH = 100;

/** `POST /api/relationship-types`: the code is derived from the label; the inverse label is ignored if symmetric. */
export type CreateRelationshipTypeRequest = {
  label: string;
  inverseLabel: string | null;
  symmetric: boolean;
};

/** `PUT /api/relationship-types/{code}`: custom types only; whether a type is symmetric never changes. */
export type UpdateRelationshipTypeRequest = {
  label: string;
  inverseLabel: string | null;
  active: boolean;
  version: number;
};
