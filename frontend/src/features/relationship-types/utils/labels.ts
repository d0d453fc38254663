import { LABEL_MAX_LENGTH } from '@/features/relationship-types/types/relationship-type';

/**
 * The code the server will derive from a label ("Godparent of" gives `godparent-of`), as a preview: lower-case
 * letters and digits, accents dropped, joined by single hyphens, at most 60 characters. The server decides;
 * a label with no letter or digit gets a random code there (empty here).
 */
export function previewTypeCode(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function validateLabel(value: string): string | null {
  if (!value.trim()) return 'Enter a label, e.g. “Godparent of”';
  if (value.trim().length > LABEL_MAX_LENGTH) return `Use at most ${LABEL_MAX_LENGTH} characters`;
  return null;
}

/** Symmetric types read the same both ways and have no inverse label of their own. */
export function validateInverseLabel(value: string, symmetric: boolean): string | null {
  if (symmetric) return null;
  if (!value.trim()) return 'Enter how the other side reads, e.g. “Godchild of”';
  if (value.trim().length > LABEL_MAX_LENGTH) return `Use at most ${LABEL_MAX_LENGTH} characters`;
  return null;
}

/** The server's answer when another type already has the label (ignoring case). */
export const LABEL_TAKEN = 'relationships.label-taken';

export function labelTakenMessage(detail: string | undefined): string {
  return detail ?? 'Another relationship type already has this label. Choose another one.';
}
