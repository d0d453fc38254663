import { TagsInput, type TagsInputProps } from '@mantine/core';
import { useState } from 'react';

import { useTagSuggestionProps } from '@/features/constituents/hooks/use-tag-suggestion-props';

/**
 * A constituent's tags: suggests the tags already in use (with how many constituents carry each) as
 * the user types, so existing tags are reused rather than misspelled; a new tag is still just typed.
 */
export function TagsInputWithSuggestions(props: Omit<TagsInputProps, 'data' | 'searchValue' | 'onSearchChange'>) {
  const [search, setSearch] = useState('');
  const { data, filter, renderOption, startSuggesting } = useTagSuggestionProps(search);

  return (
    <TagsInput
      {...props}
      data={data}
      filter={filter}
      searchValue={search}
      onSearchChange={setSearch}
      onFocus={(event) => {
        startSuggesting();
        props.onFocus?.(event);
      }}
      renderOption={renderOption}
    />
  );
}
