import type { AuditEntityRef, AuditFilters } from '@/features/audit/types/audit';

type AuditLocation = Partial<AuditFilters> & { page?: number };

/** The audit log's query string for these filters (page counts from 1); empty filters are left out. */
export function auditSearchParams(filters: AuditLocation): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['entityType', 'entityId', 'actor', 'from', 'to'] as const) {
    const value = filters[key]?.trim();
    if (value) search.set(key, value);
  }
  if (filters.page && filters.page > 1) search.set('page', String(filters.page));
  return search;
}

/** The audit log filtered as given, e.g. one constituent's history (what a profile's "History" opens). */
export function auditLogPath(filters: AuditLocation): string {
  const query = auditSearchParams(filters).toString();
  return query ? `/audit?${query}` : '/audit';
}

/** The page of the app that shows each kind of entity, by the type the audit log records. */
const PAGES: Record<string, (id: string) => string> = {
  constituent: (id) => `/constituents/${id}`,
  'duplicate-rule': () => '/constituents/duplicates',
  gift: (id) => `/gifts/${id}`,
  'recurring-gift': (id) => `/gifts/recurring/${id}`,
  pledge: (id) => `/pledges/${id}`,
  receipt: (id) => `/receipts/${id}`,
  'receipt-template': () => '/receipt-template',
  'gift-batch': (id) => `/gift-batches/${id}`,
  campaign: (id) => `/campaign-progress/${id}`,
  fund: () => '/campaigns',
  appeal: () => '/campaigns?tab=appeals',
  event: (id) => `/events/${id}`,
  'report-schedule': (id) => `/reports/schedules/${id}`,
  'relationship-type': () => '/relationship-types',
  user: () => '/users',
};

/** Where a link to this entity goes, or null when the app has no page for it. */
export function entityPath(page: AuditEntityRef | undefined): string | null {
  if (!page) return null;
  const path = PAGES[page.entityType];
  return path ? path(encodeURIComponent(page.entityId)) : null;
}

/** "CREATED" → "Created", "CONSENT_RECORDED" → "Consent recorded"; other spellings are kept. */
export function describeAction(action: string): string {
  if (!/^[A-Z][A-Z_]*$/.test(action)) return action;
  const words = action.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
