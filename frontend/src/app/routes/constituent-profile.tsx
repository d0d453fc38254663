import { giftsEntry } from '@/app/navigation';
import { hasAnyRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import { ConstituentProfilePage } from '@/features/constituent-profile/components/constituent-profile-page';
import { toSearchItem } from '@/features/donations/api/donor';
import { GivingCard } from '@/features/donations/components/giving-card';
import { PledgesCard } from '@/features/donations/components/pledges-card';
import { RecurringGiftsCard } from '@/features/donations/components/recurring-gifts-card';

/**
 * The 360° view with the cards of other modules: the Giving card (rollups and "Record gift"), the Recurring gifts
 * card and the open pledges (balances and "New pledge") for the roles that may see gifts.
 */
export function ConstituentProfileRoute() {
  const session = useSession();
  const mayGive = hasAnyRole(session?.roles ?? [], giftsEntry.roles);
  return (
    <ConstituentProfilePage
      asideCards={
        mayGive
          ? (profile) => (
              <>
                <GivingCard constituent={toSearchItem(profile)} />
                <RecurringGiftsCard constituent={toSearchItem(profile)} />
                <PledgesCard constituent={toSearchItem(profile)} />
              </>
            )
          : undefined
      }
    />
  );
}
