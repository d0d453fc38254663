import { auditEntry, eventsEntry, giftsEntry } from '@/app/navigation';
import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import { auditLogPath } from '@/features/audit/utils/audit-links';
import { ConstituentProfilePage } from '@/features/constituent-profile/components/constituent-profile-page';
import { toSearchItem } from '@/features/donations/api/donor';
import { GivingCard } from '@/features/donations/components/giving-card';
import { PledgesCard } from '@/features/donations/components/pledges-card';
import { RecurringGiftsCard } from '@/features/donations/components/recurring-gifts-card';
import { EventsCard } from '@/features/events/components/events-card';

/**
 * The 360° view with the cards of other modules: the Giving card (rollups and "Record gift"), the Recurring gifts
 * card and the open pledges (balances and "New pledge") for the roles that may see gifts; the Events card (upcoming
 * and past registrations) for the roles that may see events (it shows nothing when the server leaves the section
 * out, as it does for board members). Those who may read the audit log (administrators) get "History": the log of
 * this constituent's own record.
 */
export function ConstituentProfileRoute() {
  const session = useSession();
  const roles = session?.roles ?? [];
  const mayGive = hasAnyRole(roles, giftsEntry.roles);
  const maySeeEvents = hasAnyRole(roles, eventsEntry.roles);
  const mayReadAudit = hasAnyRole(roles, auditEntry.roles);
  return (
    <ConstituentProfilePage
      historyPath={
        mayReadAudit ? (id) => auditLogPath({ entityType: 'constituent', entityId: id }) : undefined
      }
      asideCards={
        mayGive || maySeeEvents
          ? (profile) => (
              <>
                {mayGive ? (
                  <>
                    <GivingCard constituent={toSearchItem(profile)} />
                    <RecurringGiftsCard constituent={toSearchItem(profile)} />
                    <PledgesCard constituent={toSearchItem(profile)} />
                  </>
                ) : null}
                {maySeeEvents ? <EventsCard constituentId={profile.id} /> : null}
              </>
            )
          : undefined
      }
    />
  );
}
