import { CONSTITUENT_TYPE_LABELS, type SearchCriteria } from '@/features/constituents/types/constituent';

/** One readable line for a set of filters, e.g. ““smi” · Individuals · tag: major-donor”. */
export function describeCriteria(criteria: SearchCriteria): string {
  const parts: string[] = [];
  if (criteria.q.trim()) parts.push(`“${criteria.q.trim()}”`);
  if (criteria.type) parts.push(`${CONSTITUENT_TYPE_LABELS[criteria.type]}s`);
  if (criteria.tag.trim()) parts.push(`tag: ${criteria.tag.trim()}`);
  if (criteria.email.trim()) parts.push(`email: ${criteria.email.trim()}`);
  if (criteria.phone.trim()) parts.push(`phone: ${criteria.phone.trim()}`);
  if (criteria.postalCode.trim()) parts.push(`postal code: ${criteria.postalCode.trim()}`);
  if (criteria.text.trim()) parts.push(`text: ${criteria.text.trim()}`);
  return parts.length > 0 ? parts.join(' · ') : 'All constituents';
}
