import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { cssVariablesResolver, theme } from '@/config/theme';
import { setSession } from '@/lib/session';
import { db } from '@/testing/mocks/db';
import type { Role } from '@/config/roles';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Theme, notifications and a fresh query cache; `env="test"` turns off transitions and portals. */
export function TestProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Notifications />
      <QueryClientProvider client={queryClient ?? createTestQueryClient()}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

type RenderOptions = {
  /** Where the component is mounted (default "/"). */
  path?: string;
  /** The URL the test starts at (default: `path`). */
  url?: string;
  /** Other routes, e.g. a stand-in page to check a redirect. */
  routes?: RouteObject[];
  queryClient?: QueryClient;
};

/** Renders one component inside a memory router and the providers. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const path = options.path ?? '/';
  return renderRoutes([{ path, element: ui }, ...(options.routes ?? [])], {
    url: options.url ?? path,
    queryClient: options.queryClient,
  });
}

/** Renders a route tree (for example the app's own) starting at `url`. */
export function renderRoutes(
  routes: RouteObject[],
  { url = '/', queryClient }: { url?: string; queryClient?: QueryClient } = {},
) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const result = render(
    <TestProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { ...result, router, user };
}

/** Signs a user in as the cookie-mode login would: the mock backend's session cookie and the page's session. */
export function signInAs(username: string, roles: Role[]): void {
  db.sessionUser = username;
  document.cookie = `XSRF-TOKEN=xsrf-${username}; path=/`;
  setSession({ username, roles });
}
