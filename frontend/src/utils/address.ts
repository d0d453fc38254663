import { format } from '@fragaria/address-formatter';

/** The parts of a postal address the lines are made of. */
export type PostalAddress = {
  line1: string | null;
  line2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  /** Two-letter ISO code. */
  country: string | null;
};

/**
 * An address as the post of its country writes it: the street lines as typed, then city, region and postal code in
 * the country's own order ("Boston, MA 02118" in the US, "10115 Berlin" in Germany, the postcode on its own line in
 * the UK), then the country's name. The order comes from the OpenCage address templates
 * (@fragaria/address-formatter, docs/adr/0027).
 */
export function addressLines(address: PostalAddress): string[] {
  const locality = format(
    {
      city: address.city ?? undefined,
      state: address.region ?? undefined,
      postcode: address.postalCode ?? undefined,
      countryCode: address.country ?? undefined,
    },
    { output: 'array', appendCountry: Boolean(address.country) },
  );
  return [address.line1, address.line2, ...locality]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line));
}

/** The address on one line, its lines separated by commas. */
export function addressOneLine(address: PostalAddress): string {
  return addressLines(address).join(', ');
}
