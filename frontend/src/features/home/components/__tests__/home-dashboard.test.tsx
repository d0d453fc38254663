import { screen, within } from '@testing-library/react';
import { IconAddressBook } from '@tabler/icons-react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';
import { HomeDashboard } from '@/features/home/components/home-dashboard';

const constituents = {
  label: 'Constituents',
  path: '/constituents',
  description: 'Find and update donors, members and volunteers.',
  icon: IconAddressBook,
};

describe('home dashboard', () => {
  it('links only what works and marks the planned modules as coming, without links', async () => {
    renderWithProviders(<HomeDashboard displayName="Ada" roles={['ADMIN']} destinations={[constituents]} />);

    const works = await screen.findByRole('region', { name: 'What you can do' });
    expect(within(works).getByRole('link', { name: /Constituents/ })).toHaveAttribute('href', '/constituents');

    const coming = screen.getByRole('region', { name: 'Coming soon' });
    expect(within(coming).getByText('Planned, not available yet.')).toBeInTheDocument();
    for (const label of ['Events', 'Import and export']) {
      const item = within(coming).getByText(label).closest('li');
      expect(item).not.toBeNull();
      expect(within(item as HTMLElement).getByText('Coming')).toBeInTheDocument();
    }
    expect(within(coming).queryAllByRole('link')).toHaveLength(0);
    // Reports have shipped: no longer "coming".
    expect(within(coming).queryByText('Reports')).not.toBeInTheDocument();
  });

  it('tells a role with nothing to open yet so, and shows only what is coming for it', async () => {
    renderWithProviders(<HomeDashboard displayName="Eve" roles={['EVENT_COORDINATOR']} destinations={[]} />);

    expect(await screen.findByText(/nothing for your role to open yet/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What you can do' })).not.toBeInTheDocument();
    const coming = screen.getByRole('region', { name: 'Coming soon' });
    expect(within(coming).getByText('Events')).toBeInTheDocument();
    expect(within(coming).queryByText('Import and export')).not.toBeInTheDocument();
  });
});
