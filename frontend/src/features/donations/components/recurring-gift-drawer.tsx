import { Drawer, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';

import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney } from '@/utils/money';
import { RecurringGiftForm } from '@/features/donations/components/recurring-gift-form';

type RecurringGiftDrawerProps = { opened: boolean; onClose: () => void; donor?: ConstituentSearchItem | null };

/** The recurring gift form in a drawer (full width on a phone); opens the new recurring gift once saved. */
export function RecurringGiftDrawer({ opened, onClose, donor = null }: RecurringGiftDrawerProps) {
  const navigate = useNavigate();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={<Text fw={700} size="lg">Set up recurring gift</Text>}
      position="right"
      size="lg"
    >
      {opened ? (
        <RecurringGiftForm
          donor={donor}
          onCancel={onClose}
          onSaved={(recurring) => {
            notifications.show({ color: 'green', message: `Recurring gift of ${formatMoney(recurring.amount, recurring.currency)} set up.` });
            onClose();
            void navigate(`/gifts/recurring/${recurring.id}`);
          }}
        />
      ) : null}
    </Drawer>
  );
}
