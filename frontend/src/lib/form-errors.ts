import type { Violation } from '@/lib/api-client';

/**
 * The form field a violation belongs to: the last segment of a property path, without indexes
 * (`create.request.username` and `username` both give `username`, `roles[0]` gives `roles`).
 */
export function violationField(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\d*\]$/, '');
}

/**
 * Maps server violations onto form fields. Violations for fields the form does not have are
 * returned separately so the form can show them in a general message.
 */
export function violationsToFormErrors(
  violations: readonly Violation[],
  fields: readonly string[],
): { errors: Record<string, string>; unmatched: Violation[] } {
  const errors: Record<string, string> = {};
  const unmatched: Violation[] = [];
  for (const violation of violations) {
    const field = violationField(violation.field);
    if (fields.includes(field)) {
      errors[field] = errors[field] ? `${errors[field]} ${violation.message}` : violation.message;
    } else {
      unmatched.push(violation);
    }
  }
  return { errors, unmatched };
}
