import { describe, expect, it } from 'vitest';

import { safeRedirect } from '@/utils/safe-redirect';

describe('safeRedirect', () => {
  it('keeps paths inside the app', () => {
    expect(safeRedirect('/users?page=2#top')).toBe('/users?page=2#top');
  });

  it('refuses other origins, the login page and nothing', () => {
    for (const target of ['//evil.example', '/\\evil.example', 'https://evil.example', '/login', '/login?x=1', '', null]) {
      expect(safeRedirect(target)).toBe('/');
    }
  });
});
