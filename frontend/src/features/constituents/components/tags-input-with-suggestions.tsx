import { TagsInput, type TagsInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { useTagSuggestions } from '@/features/constituents/api/get-tags';
import { TagOption } from '@/features/constituents/components/tag-option';
import { tagPrefixFilter } from '@/features/constituents/utils/tag-prefix-filter';

/**
 * A constituent's tags: suggests the tags already in use (with how many constituents carry each) as
 * the user types, so existing tags are reused rather than misspelled; a new tag is still just typed.
 */
export function TagsInputWithSuggestions(props: Omit<TagsInputProps, 'data' | 'searchValue' | 'onSearchChange'>) {
  const [search, setSearch] = useState('');
  const [used, setUsed] = useState(false);
  const [prefix] = useDebouncedValue(search.trim(), 200);
  const suggestions = useTagSuggestions(prefix, used);
  const counts = new Map((suggestions.data ?? []).map((t) => [t.tag, t.count]));

  return (
    <TagsInput
      {...props}
      data={[...counts.keys()]}
      filter={tagPrefixFilter}
      searchValue={search}
      onSearchChange={setSearch}
      onFocus={(event) => {
        setUsed(true);
        props.onFocus?.(event);
      }}
      renderOption={({ option }) => <TagOption tag={option.value} count={counts.get(option.value)} />}
    />
  );
}
