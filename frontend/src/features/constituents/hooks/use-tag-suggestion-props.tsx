import type { ComboboxLikeRenderOptionInput, ComboboxStringItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { useTagSuggestions } from '@/features/constituents/api/get-tags';
import { TagOption } from '@/features/constituents/components/tag-option';
import { tagPrefixFilter } from '@/features/constituents/utils/tag-prefix-filter';

/**
 * The props that make a combobox suggest the tags in use for what is `typed`, each with how many constituents carry
 * it. Nothing is fetched until `startSuggesting` (on focus); then the server is asked once typing pauses.
 */
export function useTagSuggestionProps(typed: string) {
  const [used, setUsed] = useState(false);
  const [prefix] = useDebouncedValue(typed.trim(), 200);
  const suggestions = useTagSuggestions(prefix, used);
  const counts = new Map((suggestions.data ?? []).map((t) => [t.tag, t.count]));
  return {
    data: [...counts.keys()],
    filter: tagPrefixFilter,
    renderOption: ({ option }: ComboboxLikeRenderOptionInput<ComboboxStringItem>) => (
      <TagOption tag={option.value} count={counts.get(option.value)} />
    ),
    startSuggesting: () => setUsed(true),
  };
}
