import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

import { cssVariablesResolver, theme } from '@/config/theme';
import { createQueryClient } from '@/lib/react-query';
import { getSession, lastSessionEndReason, subscribeToSession } from '@/lib/session';
import { forgetRosters } from '@/features/check-in/utils/check-in-store';

type AppProviderProps = {
  children: ReactNode;
  queryClient?: QueryClient;
};

/** Everything the app needs around it except the router: theme, notifications, query cache. */
export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());

  // When the session ends (sign-out or a 401), drop everything cached for that user.
  useEffect(
    () =>
      subscribeToSession(() => {
        if (getSession() === null) {
          client.clear();
          // the door's rosters name people: a browser that signed out keeps none (unsent check-ins stay)
          if (lastSessionEndReason() === 'signed-out') forgetRosters();
        }
      }),
    [client],
  );

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
