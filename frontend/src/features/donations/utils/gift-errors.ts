import type { Violation } from '@/lib/api-client';

/**
 * The form path of a server violation of a gift request: `record.request.allocations[1].amount` →
 * `allocations.1.amount`, `tribute.honoreeName` → `honoreeName`, `amount` → `amount`; null when the form has
 * no such field.
 */
export function giftViolationPath(path: string, fields: readonly string[]): string | null {
  const list = /(allocations|softCredits)\[(\d+)\]\.(\w+)$/.exec(path);
  if (list) return `${list[1]}.${list[2]}.${list[3]}`;
  const last = (path.split('.').pop() ?? path).replace(/\[\d*\]$/, '');
  return fields.includes(last) ? last : null;
}

export function giftViolationsToErrors(violations: readonly Violation[], fields: readonly string[]) {
  const errors: Record<string, string> = {};
  const unmatched: Violation[] = [];
  for (const violation of violations) {
    const path = giftViolationPath(violation.field, fields);
    if (path) errors[path] = errors[path] ? `${errors[path]} ${violation.message}` : violation.message;
    else unmatched.push(violation);
  }
  return { errors, unmatched };
}

/** The field a gift problem code is about (docs/problems.md, donations); null for those no one field shows. */
export function giftFieldOfCode(code: string): string | null {
  switch (code) {
    case 'donations.donor-not-found':
    case 'donations.donor-deleted':
    case 'donations.donor-merged':
      return 'constituentId';
    case 'donations.unknown-currency':
      return 'currency';
    case 'donations.exchange-rate-required':
    case 'donations.invalid-exchange-rate':
      return 'exchangeRate';
    case 'donations.allocations-mismatch':
      return 'allocations';
    case 'donations.soft-credit-to-donor':
    case 'donations.soft-credit-too-large':
    case 'donations.unknown-constituent':
      return 'softCredits';
    case 'donations.unknown-fund':
      return 'fundId';
    case 'donations.unknown-campaign':
      return 'campaignId';
    case 'donations.unknown-appeal':
    case 'donations.appeal-campaign-mismatch':
      return 'appealId';
    case 'donations.in-kind-description-required':
      return 'description';
    case 'donations.invalid-status':
      return 'status';
    default:
      return null;
  }
}
