import { Loader, Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type Ref } from 'react';

import { useConstituentSearch } from '@/hooks/use-constituent-search';
import {
  CONSTITUENT_TYPE_LABELS,
  type ConstituentSearchItem,
  type ConstituentType,
} from '@/types/constituents';

type ConstituentPickerProps = {
  label: string;
  description?: string;
  value: ConstituentSearchItem | null;
  onChange: (value: ConstituentSearchItem | null) => void;
  /** Only this type (e.g. households when joining one). */
  type?: ConstituentType | null;
  /** Constituents that cannot be chosen (the one whose page this is). */
  exclude?: readonly string[];
  error?: string;
  required?: boolean;
  /** Focus it when the surrounding modal opens. */
  modalFocus?: boolean;
  /** The text input, e.g. to put the focus back on it after a fast-entry row is added. */
  inputRef?: Ref<HTMLInputElement>;
};

// The server already matched: show its answer as it is.
const keepAll: OptionsFilter = ({ options }) => options;

function describe(item: ConstituentSearchItem): string {
  const extra = [item.primaryEmail, item.city].filter(Boolean).join(', ');
  return extra ? `${item.displayName} — ${extra}` : `${item.displayName} (${CONSTITUENT_TYPE_LABELS[item.type]})`;
}

/** Finds a constituent by name, email or phone as the user types (at least two characters). */
export function ConstituentPicker({
  label,
  description,
  value,
  onChange,
  type = null,
  exclude = [],
  error,
  required,
  modalFocus,
  inputRef,
}: ConstituentPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useConstituentSearch(value && search === describe(value) ? '' : debounced, type);

  const items = useMemo(() => {
    const found = (query.data?.items ?? []).filter((item) => !item.deleted && !exclude.includes(item.id));
    // Keep the chosen one among the options so the input keeps showing it.
    return value && !found.some((item) => item.id === value.id) ? [value, ...found] : found;
  }, [query.data, exclude, value]);

  const data: ComboboxItem[] = items.map((item) => ({ value: item.id, label: describe(item) }));
  const typed = search.trim().length;

  return (
    <Select
      ref={inputRef}
      label={label}
      description={description}
      placeholder="Type a name, email or phone"
      searchable
      clearable
      required={required}
      data-autofocus={modalFocus || undefined}
      data={data}
      filter={keepAll}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(items.find((item) => item.id === id) ?? null)}
      nothingFoundMessage={
        typed < 2 ? 'Type at least two characters' : query.isFetching ? 'Searching…' : 'No constituent found'
      }
      rightSection={query.isFetching ? <Loader size="xs" aria-label="Searching" /> : undefined}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
