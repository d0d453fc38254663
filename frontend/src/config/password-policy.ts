/** Mirrors the backend's rule; the server still has the last word (its violations are shown too). */
export const MIN_PASSWORD_LENGTH = 12;

export function validateNewPassword(value: string): string | null {
  return value.length >= MIN_PASSWORD_LENGTH
    ? null
    : `Use at least ${MIN_PASSWORD_LENGTH} characters`;
}
