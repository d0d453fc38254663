/**
 * Build-time settings (`VITE_APP_*`), validated once at start-up so a bad value fails loudly.
 *
 * - `VITE_APP_API_BASE_URL`: where the API lives. Empty (the default) means the same origin as the
 *   page, which is how the backend serves this app. Otherwise an absolute http(s) URL, no trailing slash.
 */
export type Env = {
  apiBaseUrl: string;
};

export function parseEnv(raw: Record<string, unknown>): Env {
  const apiBaseUrl = raw.VITE_APP_API_BASE_URL ?? '';
  if (typeof apiBaseUrl !== 'string') {
    throw new Error('VITE_APP_API_BASE_URL must be a string');
  }
  if (apiBaseUrl !== '' && !/^https?:\/\/\S+[^/]$/.test(apiBaseUrl)) {
    throw new Error(
      `VITE_APP_API_BASE_URL must be empty or an absolute http(s) URL without a trailing slash, got "${apiBaseUrl}"`,
    );
  }
  return { apiBaseUrl };
}

export const env: Env = parseEnv(import.meta.env);
