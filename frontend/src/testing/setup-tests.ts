import '@testing-library/jest-dom/vitest';

import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { resetSessionForTests } from '@/lib/session';
import { resetDb } from '@/testing/mocks/db';
import { resetEventsDb } from '@/testing/mocks/event-handlers';
import { resetReportsDb } from '@/testing/mocks/report-handlers';
import { server } from '@/testing/mocks/server';

// CI machines are small and busy: give findBy*/waitFor more than the default second.
configure({ asyncUtilTimeout: 15000 });

// What jsdom lacks and Mantine uses (see Mantine's testing guide).
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};
// mantine-datatable scrolls its rows back to the top when the page changes.
window.HTMLElement.prototype.scrollTo = () => {};
// An empty query matches everything (as in browsers); mantine-datatable relies on that.
window.matchMedia = (query: string) =>
  ({
    matches: query.trim() === '' || query.trim() === 'all',
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetDb();
  resetEventsDb();
  resetReportsDb();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  document.cookie = 'XSRF-TOKEN=; path=/; max-age=0';
  resetSessionForTests();
  notifications.clean();
});
afterAll(() => server.close());
