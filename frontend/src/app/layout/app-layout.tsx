import { AppShell, Burger, Group, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';

import { Logo } from '@/components/ui/logo';
import { SkipLink } from '@/components/ui/skip-link';
import { isRole } from '@/config/roles';
import { useSession } from '@/hooks/use-session';
import { clearSession, setSession } from '@/lib/session';
import { activeEntry, visibleNavigation } from '@/app/navigation';
import { useMe } from '@/features/auth/api/get-me';
import { logout } from '@/features/auth/api/login';
import { UserMenu } from '@/features/auth/components/user-menu';

const MAIN_ID = 'main-content';

/** The signed-in frame: header with the user menu, navigation from the registry, and <main>. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const session = useSession();
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();

  // Roles can change while signed in; /api/me is the authority, the session keeps a copy for guards.
  const meRoles = me.data?.roles;
  useEffect(() => {
    if (!session || !meRoles) return;
    const roles = meRoles.filter(isRole);
    if (roles.join() !== session.roles.join()) {
      setSession({ ...session, roles });
    }
  }, [session, meRoles]);

  const roles = session?.roles ?? [];
  const entries = visibleNavigation(roles);
  const current = activeEntry(entries, location.pathname);
  const displayName = me.data?.displayName ?? session?.username ?? '';

  // The server ends the token and clears the cookies; clearing the session here (and, through
  // storage, in the other tabs) re-renders RequireAuth, which sends the user to /login.
  const signOut = () => {
    void logout()
      .catch(() => undefined)
      .finally(() => {
        clearSession('signed-out');
        queryClient.clear();
      });
  };

  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
                aria-expanded={navOpened}
                aria-controls="app-navigation"
              />
              <UnstyledButton component={Link} to="/" aria-label="Steward home" style={{ borderRadius: 6 }}>
                <Group gap={8} wrap="nowrap">
                  <Logo size={28} />
                  <Text fw={800} size="xl" c="blue.9" style={{ letterSpacing: '-0.01em' }}>
                    Steward
                  </Text>
                </Group>
              </UnstyledButton>
            </Group>
            <UserMenu
              displayName={displayName}
              username={session?.username ?? ''}
              email={me.data?.email}
              roles={roles}
              onSignOut={signOut}
            />
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id="app-navigation" aria-label="Main" p="sm">
          <AppShell.Section grow component={ScrollArea}>
            {entries.map((entry) => {
              const active = entry === current;
              return (
                <NavLink
                  key={entry.path}
                  component={Link}
                  to={entry.path}
                  label={entry.label}
                  leftSection={<entry.icon size={20} stroke={1.7} aria-hidden />}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  variant="filled"
                  onClick={nav.close}
                  styles={{ root: { borderRadius: 'var(--mantine-radius-md)' }, label: { fontWeight: 600 } }}
                />
              );
            })}
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
