import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { createEvent } from '@/testing/event-generators';
import { eventsDb } from '@/testing/mocks/event-handlers';
import { problem } from '@/testing/mocks/mock-session';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, signInAs } from '@/testing/test-utils';
import { EventCreatePage, EventEditPage } from '@/features/events/components/event-form-pages';

const otherRoutes = [{ path: '/events/:id', element: <h1>Event page</h1> }];

function renderCreate() {
  signInAs('admin', ['ADMIN']);
  return renderWithProviders(<EventCreatePage />, { path: '/events/new', routes: otherRoutes });
}

function setDateTime(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('EventForm', () => {
  it('creates an event with its questions in order and opens it', async () => {
    const { user, router } = renderCreate();

    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Spring concert');
    await user.type(screen.getByRole('textbox', { name: /^Venue/ }), 'Chapel');
    setDateTime(/^Starts/, '2027-04-10T19:00');
    setDateTime(/^Ends/, '2027-04-10T21:30');
    await user.type(screen.getByRole('textbox', { name: /^Capacity/ }), '1');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.type(screen.getByRole('textbox', { name: 'Question 1' }), 'Meal choice?');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.type(screen.getByRole('textbox', { name: 'Question 2' }), 'How did you hear of us?');
    await user.click(screen.getAllByRole('checkbox', { name: 'Required' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    await user.click(screen.getByRole('button', { name: 'Create event' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/events\/[0-9a-f-]+$/));
    const saved = eventsDb.events[0]!;
    expect(saved).toMatchObject({
      title: 'Spring concert',
      venue: 'Chapel',
      startsAt: '2027-04-10T19:00:00',
      endsAt: '2027-04-10T21:30:00',
      capacity: 1,
      status: 'DRAFT',
    });
    expect(saved.questions.map((q) => [q.text, q.required])).toEqual([
      ['How did you hear of us?', false],
      ['Meal choice?', true],
    ]);
  });

  it('shows what the browser can check on the fields before sending', async () => {
    const { user } = renderCreate();
    await user.click(screen.getByRole('button', { name: 'Create event' }));
    expect(await screen.findByText('Give the event a title')).toBeInTheDocument();
    expect(screen.getByText('Give a venue or an online link (or both)')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAttribute('aria-invalid', 'true');
    expect(eventsDb.events).toHaveLength(0);
  });

  it('puts the server’s validation.failed violations and rule problems on their fields', async () => {
    server.use(
      http.post('*/api/events', () =>
        problem(400, 'validation.failed', 'Validation failed', {
          violations: [
            { field: 'create.request.title', message: 'size must be between 0 and 300' },
            { field: 'create.request.onlineUrl', message: 'must be an http(s) address' },
          ],
        }),
      ),
    );
    const { user } = renderCreate();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'A title');
    await user.type(screen.getByRole('textbox', { name: /^Venue/ }), 'Hall');
    setDateTime(/^Starts/, '2027-04-10T19:00');
    setDateTime(/^Ends/, '2027-04-10T21:30');
    await user.click(screen.getByRole('button', { name: 'Create event' }));

    expect(await screen.findByText('size must be between 0 and 300')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('must be an http(s) address')).toBeInTheDocument();

    server.use(
      http.post('*/api/events', () =>
        problem(422, 'events.invalid-dates', 'Invalid dates', { detail: 'Registration closes after the event ends.' }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Create event' }));
    expect(await screen.findByText('Registration closes after the event ends.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ends/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when someone else saved the event meanwhile and loads the latest version', async () => {
    const event = createEvent({ title: 'Autumn gala', version: 3 });
    eventsDb.events.push(event);
    signInAs('admin', ['ADMIN']);
    const { user } = renderWithProviders(<EventEditPage />, {
      path: '/events/:id/edit',
      url: `/events/${event.id}/edit`,
      routes: otherRoutes,
    });
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue('Autumn gala');
    // Someone else saves first.
    eventsDb.events[0] = { ...eventsDb.events[0]!, title: 'Autumn gala 2026', version: 4 };

    await user.clear(title);
    await user.type(title, 'My title');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert', { name: /Someone else changed this event/ });
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Load latest' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Autumn gala 2026'));
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });
});
