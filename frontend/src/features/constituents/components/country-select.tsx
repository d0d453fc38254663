import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';

import { useCountries } from '@/features/constituents/api/get-countries';

type CountrySelectProps = Omit<SelectProps, 'data' | 'searchable' | 'filter'>;

/** Folds case and accents, so "cote" finds "Côte d’Ivoire". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The country of an address, chosen by name from the ISO 3166 list (typing "new z" or "nz" finds New Zealand);
 * its value is the two-letter code. A stored code the list does not know stays shown as it is.
 */
export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const countries = useCountries();
  const data = useMemo(() => {
    const items = (countries.data ?? []).map((c) => ({ value: c.code, label: c.name }));
    if (value && !items.some((item) => item.value === value)) {
      items.unshift({ value, label: value });
    }
    return items;
  }, [countries.data, value]);
  return (
    <Select
      {...props}
      value={value || null}
      // cleared is '' like every other empty field of the form
      onChange={(code, option) => onChange?.(code ?? '', option)}
      data={data}
      searchable
      clearable
      nothingFoundMessage={countries.isError ? 'The list of countries could not be loaded' : 'No such country'}
      filter={({ options, search }) => {
        const wanted = fold(search.trim());
        if (!wanted) return options;
        return (options as ComboboxItem[]).filter(
          (option) => fold(option.label).includes(wanted) || option.value.toLowerCase() === wanted,
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
