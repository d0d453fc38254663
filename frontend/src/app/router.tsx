import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';
import { AppLayout } from '@/app/layout/app-layout';
import {
  auditEntry,
  constituentsEntry,
  usersEntry,
  type NavigationEntry,
} from '@/app/navigation';
import { RequireAuth } from '@/app/require-auth';
import { RequireRoles } from '@/app/require-roles';
import { HomeRoute } from '@/app/routes/home';
import { LoginRoute } from '@/app/routes/login';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RouteError } from '@/app/routes/route-error';

/** A module's page: loaded on first visit, and only for the roles of its navigation entry. */
function moduleRoute(
  entry: NavigationEntry,
  load: () => Promise<ComponentType>,
): RouteObject {
  return {
    element: <RequireRoles roles={entry.roles} />,
    children: [
      {
        path: entry.path.replace(/^\//, ''),
        lazy: async () => ({ Component: await load() }),
      },
    ],
  };
}

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { path: '/login', element: <LoginRoute /> },
      {
        element: <RequireAuth />,
        children: [
          {
            path: '/',
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRoute /> },
              moduleRoute(constituentsEntry, () =>
                import('@/features/constituents/components/constituents-page').then(
                  (module) => module.ConstituentsPage,
                ),
              ),
              moduleRoute(usersEntry, () =>
                import('@/app/routes/users').then((module) => module.UsersRoute),
              ),
              moduleRoute(auditEntry, () =>
                import('@/app/routes/audit').then((module) => module.AuditRoute),
              ),
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
