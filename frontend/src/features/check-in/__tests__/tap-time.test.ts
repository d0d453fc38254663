import { describe, expect, it } from 'vitest';

import { tapTimeToSend } from '@/features/check-in/api/check-in';

describe('tapTimeToSend', () => {
  const tap = '2026-12-24T17:58:00Z';
  const tapMs = Date.parse(tap);

  it('leaves the time of a tap sent at once to the server', () => {
    expect(tapTimeToSend(tap, tapMs + 2_000)).toBeNull();
  });

  it('sends the time of a tap that waited in the queue', () => {
    expect(tapTimeToSend(tap, tapMs + 5 * 60_000)).toBe(tap);
  });
});
