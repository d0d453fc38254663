const RULE_SHORT_NAMES: Record<string, string> = {
  'same-email': 'Same email',
  'same-phone': 'Same phone',
  'same-name-postal': 'Name and postal code',
  'same-name-birthdate': 'Name and birth date',
  'same-org-name': 'Same organization name',
};

/** A few words for a duplicate rule's code ("same-email" → "Same email"); the rule's description says more. */
export function ruleShortName(code: string): string {
  const known = RULE_SHORT_NAMES[code];
  if (known) return known;
  const words = code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
