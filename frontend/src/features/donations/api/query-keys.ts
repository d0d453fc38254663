/** Query keys of the donations feature. A constituent's giving sits under `['constituent', id]`, like the rest
 * of the 360° view, so invalidating that prefix refreshes the profile's summary and its Giving card together. */
export const donationKeys = {
  funds: ['funds'] as const,
  campaigns: ['campaigns'] as const,
  appeals: ['appeals'] as const,
  gifts: ['gifts'] as const,
  giftList: (filters: object) => ['gifts', 'list', filters] as const,
  gift: (id: string) => ['gifts', 'detail', id] as const,
  constituent: (id: string) => ['constituent', id] as const,
  giving: (id: string) => ['constituent', id, 'giving'] as const,
};
