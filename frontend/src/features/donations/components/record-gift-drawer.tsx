import { Anchor, Drawer, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';

import type { ConstituentSearchItem } from '@/types/constituents';
import { formatMoney } from '@/utils/money';
import { GiftForm } from '@/features/donations/components/gift-form';
import type { Gift } from '@/features/donations/types/donations';

type RecordGiftDrawerProps = {
  opened: boolean;
  onClose: () => void;
  donor?: ConstituentSearchItem | null;
  onRecorded?: (gift: Gift) => void;
};

/** The gift form in a drawer (full width on a phone); confirms with a link to the new gift. */
export function RecordGiftDrawer({ opened, onClose, donor = null, onRecorded }: RecordGiftDrawerProps) {
  // Notifications render outside the router: the link navigates through this closure.
  const navigate = useNavigate();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={<Text fw={700} size="lg">Record gift</Text>}
      position="right"
      size="lg"
    >
      {opened ? (
        <GiftForm
          donor={donor}
          onCancel={onClose}
          onSaved={(gift) => {
            notifications.show({
              color: 'green',
              message: (
                <>
                  Gift of {formatMoney(gift.amount, gift.currency)} recorded.{' '}
                  <Anchor component="button" type="button" size="sm" underline="always" onClick={() => void navigate(`/gifts/${gift.id}`)}>
                    Open it
                  </Anchor>
                </>
              ),
            });
            onRecorded?.(gift);
            onClose();
          }}
        />
      ) : null}
    </Drawer>
  );
}
