import { Alert } from '@mantine/core';
import { IconBan, IconCoinOff } from '@tabler/icons-react';

import type { ConsentSummary } from '@/features/constituent-profile/types/profile';
import { CONSENT_CHANNEL_LABELS, CONSENT_PURPOSE_LABELS } from '@/features/constituent-profile/utils/labels';

/** Says, before anything else on the page, when this constituent must not be contacted. */
export function SuppressionBanner({ consent }: { consent: ConsentSummary }) {
  if (consent.deceased || consent.doNotContact) {
    const why = [consent.deceased ? 'deceased' : null, consent.doNotContact ? 'marked do not contact' : null]
      .filter(Boolean)
      .join(' and ');
    return (
      <Alert color="red" variant="light" icon={<IconBan size={20} aria-hidden />} title="Outreach suppressed">
        This constituent is {why}: no mailings, calls, emails or appeals on any channel.
      </Alert>
    );
  }
  const blocked = consent.preferences.filter((state) => !state.contactable);
  if (blocked.length === 0) return null;
  const allFundraising = consent.doNotSolicit;
  const optOuts = blocked.filter((state) => !(allFundraising && state.purpose === 'FUNDRAISING'));
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCoinOff size={20} aria-hidden />}
      title={allFundraising ? 'Do not solicit' : 'Some outreach suppressed'}
    >
      {allFundraising ? 'No fundraising appeals on any channel. ' : null}
      {optOuts.length > 0
        ? `No ${optOuts
            .map(
              (state) =>
                `${CONSENT_PURPOSE_LABELS[state.purpose].toLowerCase()} by ${CONSENT_CHANNEL_LABELS[state.channel].toLowerCase()}`,
            )
            .join(', ')}.`
        : null}
    </Alert>
  );
}
