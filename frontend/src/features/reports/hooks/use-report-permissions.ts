import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import type { ReportDefinition, ReportSchedule } from '@/features/reports/types/reports';

/** The one report an event coordinator may run. */
export const EVENT_ATTENDANCE = 'event-attendance';

/**
 * What the signed-in user may do with reports (the API checks again): administrators, development officers and board
 * members run every report (board members see donor names only where an administrator allows it); event
 * coordinators run event attendance only. Administrators and board members schedule reports (board members their
 * own); development officers read schedules.
 */
export function useReportPermissions() {
  const session = useSession();
  const roles = session?.roles ?? [];
  const username = session?.username ?? '';
  const isAdmin = hasAnyRole(roles, ['ADMIN']);
  const seesAllReports = hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER', 'BOARD_MEMBER']);
  const canSchedule = hasAnyRole(roles, ['ADMIN', 'BOARD_MEMBER']);
  return {
    isAdmin,
    seesAllReports,
    canSeeDashboard: seesAllReports,
    canSeeSchedules: seesAllReports,
    canSchedule,
    /** Donor names link to the constituent's page for those who may open it. */
    canOpenConstituents: hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER', 'EVENT_COORDINATOR']),
    canOpenGifts: hasAnyRole(roles, ['ADMIN', 'DEVELOPMENT_OFFICER']),
    canManage: (schedule: Pick<ReportSchedule, 'owner'>) =>
      isAdmin || (hasAnyRole(roles, ['BOARD_MEMBER']) && schedule.owner === username),
    /** The reports of the catalogue this user may run (the server sends only those; this keeps the page honest). */
    visibleReports: (catalogue: readonly ReportDefinition[]) =>
      seesAllReports ? [...catalogue] : catalogue.filter((report) => report.name === EVENT_ATTENDANCE),
  };
}
