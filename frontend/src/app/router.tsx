import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';
import { AppLayout } from '@/app/layout/app-layout';
import {
  auditEntry,
  campaignsEntry,
  constituentsEntry,
  eventsEntry,
  giftBatchesEntry,
  giftsEntry,
  pledgesEntry,
  progressEntry,
  receiptTemplateEntry,
  receiptsEntry,
  relationshipTypesEntry,
  reportSchedulesEntry,
  reportsEntry,
  tasksEntry,
  teamTasksEntry,
  usersEntry,
  type NavigationEntry,
} from '@/app/navigation';
import type { Role } from '@/config/roles';
import { RequireAuth } from '@/app/require-auth';
import { RequireRoles } from '@/app/require-roles';
import { HomeRoute } from '@/app/routes/home';
import { LoginRoute } from '@/app/routes/login';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RouteError } from '@/app/routes/route-error';

/** Who may work the door (the API checks again). */
const CHECK_IN_ROLES: readonly Role[] = ['ADMIN', 'EVENT_COORDINATOR'];

/** Who sees the board's dashboard (the board's home page) besides the board: the staff who report to it. */
const DASHBOARD_ROLES: readonly Role[] = ['ADMIN', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER'];
/** Who sets report schedules up (development officers only read them). */
const SCHEDULE_MANAGERS: readonly Role[] = ['ADMIN', 'BOARD_MEMBER'];

/**
 * A page below a module's path ("" is the module's own page, "new", ":id/edit"…), optionally for fewer roles than the
 * module's entry.
 */
type ModulePage = { path: string; load: () => Promise<ComponentType>; roles?: readonly Role[] };

/**
 * A module's pages: each loaded on first visit, and only for the roles of its navigation entry.
 * Pass one loader for a single page, or a list of sub-pages.
 */
function moduleRoute(
  entry: NavigationEntry,
  pages: (() => Promise<ComponentType>) | readonly ModulePage[],
): RouteObject {
  const list = typeof pages === 'function' ? [{ path: '', load: pages }] : pages;
  const base = entry.path.replace(/^\//, '');
  return {
    element: <RequireRoles roles={entry.roles} />,
    children: list.map(({ path, load, roles }) => {
      const page: RouteObject = {
        path: path ? `${base}/${path}` : base,
        lazy: async () => ({ Component: await load() }),
      };
      return roles ? { element: <RequireRoles roles={roles} />, children: [page] } : page;
    }),
  };
}

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      { path: '/login', element: <LoginRoute /> },
      // The public sign-up pages: no sign-in, outside the staff layout.
      {
        path: '/public/events',
        lazy: async () => ({
          Component: (await import('@/features/public-events/components/public-events-page')).PublicEventsPage,
        }),
      },
      {
        path: '/public/events/:id',
        lazy: async () => ({
          Component: (await import('@/features/public-events/components/public-event-page')).PublicEventPage,
        }),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: '/',
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRoute /> },
              moduleRoute(constituentsEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/constituents/components/constituents-page').then(
                      (module) => module.ConstituentsPage,
                    ),
                },
                {
                  path: 'new',
                  load: () =>
                    import('@/features/constituents/components/constituent-create-page').then(
                      (module) => module.ConstituentCreatePage,
                    ),
                },
                {
                  path: 'duplicates',
                  load: () =>
                    import('@/features/duplicates/components/duplicates-page').then(
                      (module) => module.DuplicatesPage,
                    ),
                },
                {
                  path: ':id',
                  load: () =>
                    import('@/app/routes/constituent-profile').then((module) => module.ConstituentProfileRoute),
                },
                {
                  path: ':id/edit',
                  load: () =>
                    import('@/features/constituents/components/constituent-edit-page').then(
                      (module) => module.ConstituentEditPage,
                    ),
                },
              ]),
              moduleRoute(tasksEntry, () =>
                import('@/features/tasks/components/my-tasks-page').then((module) => module.MyTasksPage),
              ),
              moduleRoute(teamTasksEntry, () =>
                import('@/features/tasks/components/team-tasks-page').then((module) => module.TeamTasksPage),
              ),
              moduleRoute(giftsEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/donations/components/gifts-page').then((module) => module.GiftsPage),
                },
                {
                  path: ':id',
                  load: () =>
                    import('@/features/donations/components/gift-detail-page').then((module) => module.GiftDetailPage),
                },
                {
                  path: 'recurring',
                  load: () =>
                    import('@/features/donations/components/recurring-gifts-page').then(
                      (module) => module.RecurringGiftsPage,
                    ),
                },
                {
                  path: 'recurring/:id',
                  load: () =>
                    import('@/features/donations/components/recurring-gift-detail-page').then(
                      (module) => module.RecurringGiftDetailPage,
                    ),
                },
              ]),
              moduleRoute(giftBatchesEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/donations/components/gift-batches-page').then((module) => module.GiftBatchesPage),
                },
                {
                  path: ':id',
                  load: () =>
                    import('@/features/donations/components/gift-batch-page').then((module) => module.GiftBatchPage),
                },
              ]),
              moduleRoute(pledgesEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/donations/components/pledges-page').then((module) => module.PledgesPage),
                },
                {
                  path: ':id',
                  load: () =>
                    import('@/features/donations/components/pledge-detail-page').then(
                      (module) => module.PledgeDetailPage,
                    ),
                },
              ]),
              moduleRoute(receiptsEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/donations/components/receipts-page').then((module) => module.ReceiptsPage),
                },
                {
                  path: ':id',
                  load: () =>
                    import('@/features/donations/components/receipt-detail-page').then(
                      (module) => module.ReceiptDetailPage,
                    ),
                },
              ]),
              moduleRoute(receiptTemplateEntry, () =>
                import('@/features/donations/components/receipt-template-page').then(
                  (module) => module.ReceiptTemplatePage,
                ),
              ),
              moduleRoute(progressEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/donations/components/campaign-progress-page').then(
                      (module) => module.CampaignProgressPage,
                    ),
                },
                {
                  path: ':id',
                  load: () =>
                    import('@/features/donations/components/campaign-progress-detail-page').then(
                      (module) => module.CampaignProgressDetailPage,
                    ),
                },
              ]),
              moduleRoute(campaignsEntry, () =>
                import('@/features/donations/components/campaigns-admin-page').then(
                  (module) => module.CampaignsAdminPage,
                ),
              ),
              moduleRoute(eventsEntry, [
                {
                  path: '',
                  load: () => import('@/features/events/components/events-page').then((module) => module.EventsPage),
                },
                {
                  path: 'new',
                  load: () =>
                    import('@/features/events/components/event-form-pages').then((module) => module.EventCreatePage),
                },
                {
                  path: ':id',
                  load: () => import('@/features/events/components/event-page').then((module) => module.EventPage),
                },
                {
                  path: ':id/edit',
                  load: () =>
                    import('@/features/events/components/event-form-pages').then((module) => module.EventEditPage),
                },
              ]),
              moduleRoute(reportsEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/reports/components/reports-page').then((module) => module.ReportsPage),
                },
                {
                  path: 'dashboard',
                  roles: DASHBOARD_ROLES,
                  load: () =>
                    import('@/features/reports/components/dashboard-page').then((module) => module.DashboardPage),
                },
                {
                  path: ':name',
                  load: () => import('@/features/reports/components/report-page').then((module) => module.ReportPage),
                },
              ]),
              moduleRoute(reportSchedulesEntry, [
                {
                  path: '',
                  load: () =>
                    import('@/features/reports/components/schedules-page').then((module) => module.SchedulesPage),
                },
                {
                  path: 'new',
                  roles: SCHEDULE_MANAGERS,
                  load: () =>
                    import('@/features/reports/components/schedule-form-pages').then(
                      (module) => module.ScheduleCreatePage,
                    ),
                },
                {
                  path: ':id',
                  load: () =>
                    import('@/features/reports/components/schedule-page').then((module) => module.SchedulePage),
                },
                {
                  path: ':id/edit',
                  roles: SCHEDULE_MANAGERS,
                  load: () =>
                    import('@/features/reports/components/schedule-form-pages').then(
                      (module) => module.ScheduleEditPage,
                    ),
                },
              ]),
              moduleRoute(usersEntry, () =>
                import('@/app/routes/users').then((module) => module.UsersRoute),
              ),
              moduleRoute(relationshipTypesEntry, () =>
                import('@/app/routes/relationship-types').then((module) => module.RelationshipTypesRoute),
              ),
              moduleRoute(auditEntry, () =>
                import('@/app/routes/audit').then((module) => module.AuditRoute),
              ),
              {
                // The door: phones and tablets first (docs/adr/0021).
                element: <RequireRoles roles={CHECK_IN_ROLES} />,
                children: [
                  {
                    path: 'events/:id/check-in',
                    lazy: async () => ({
                      Component: (await import('@/features/check-in/components/check-in-page')).CheckInPage,
                    }),
                  },
                ],
              },
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
