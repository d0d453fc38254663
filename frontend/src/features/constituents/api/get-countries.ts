import { useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

/** A country an address can be in (GET /api/countries): ISO code, English name, calling code. */
export type Country = { code: string; name: string; callingCode?: number };

/** The countries, by name; they do not change while the page is open. */
export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: ({ signal }) => apiRequest<Country[]>('/api/countries', { signal }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
