export type AuditChange = {
  field: string;
  from: unknown;
  to: unknown;
};

/** One line of `GET /api/audit`. */
export type AuditEntry = {
  id: string;
  occurredAt: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: AuditChange[];
  reason: string | null;
};

export type AuditQuery = {
  entityType: string;
  entityId: string;
  /** Counts from 0, like the API. */
  page: number;
  size: number;
};
