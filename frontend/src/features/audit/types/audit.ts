/** One field of an audit entry: `from` and `to` are text, absent when the field had or has no value. */
export type AuditChange = {
  field: string;
  from?: string;
  to?: string;
};

/** The entity whose page shows an audited entity: itself, or its parent (a registration's event). */
export type AuditEntityRef = {
  entityType: string;
  entityId: string;
};

/**
 * One line of `GET /api/audit`. The API leaves out what it cannot tell: the actor's name (no such account), the
 * type in words (a type no longer recorded) and the entity's label and page (a row deleted since).
 */
export type AuditEntry = {
  id: string;
  occurredAt: string;
  actor: string;
  actorName?: string;
  action: string;
  entityType: string;
  entityTypeLabel?: string;
  entityId: string;
  entityLabel?: string;
  entityPage?: AuditEntityRef;
  changes: AuditChange[];
  reason?: string;
};

/** `GET /api/audit/entity-types`. */
export type AuditEntityType = { entityType: string; label: string };

/** `GET /api/audit/actors`. */
export type AuditActor = { username: string; displayName: string };

/** The filters of the audit log, as in its URL; '' when not set. `from` and `to` are days, both included. */
export type AuditFilters = {
  entityType: string;
  entityId: string;
  actor: string;
  from: string;
  to: string;
};

export type AuditQuery = AuditFilters & {
  /** Counts from 0, like the API. */
  page: number;
  size: number;
};
