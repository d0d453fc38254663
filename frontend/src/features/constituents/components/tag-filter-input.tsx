import { Autocomplete, CloseButton, type AutocompleteProps } from '@mantine/core';
import { useEffect, useRef } from 'react';

import { useDebouncedDraft } from '@/features/constituents/hooks/use-debounced-draft';
import { useTagSuggestionProps } from '@/features/constituents/hooks/use-tag-suggestion-props';

type TagFilterInputProps = Omit<
  AutocompleteProps,
  'value' | 'onChange' | 'defaultValue' | 'data' | 'onOptionSubmit' | 'renderOption'
> & {
  /** The committed tag (from the address bar). */
  value: string;
  /**
   * Called with the tag when a suggestion is picked, on Enter, when the field is left or cleared: never for a
   * tag half typed (a search for "maj" would announce "0 constituents found" while "major-donor" is being typed).
   */
  onCommit: (value: string) => void;
  delay?: number;
  clearLabel?: string;
};

/**
 * The search page's tag filter: like the other filters it reports its value once typing pauses, and
 * while typing it suggests the tags in use (with how many constituents carry each), so nobody has to
 * guess a tag's spelling.
 */
export function TagFilterInput({
  value,
  onCommit,
  delay = 250,
  clearLabel = 'Clear tag',
  ...props
}: TagFilterInputProps) {
  // What the page searches for now: picking a suggestion reports it at once, and the change that
  // follows must not report it a second time.
  const current = useRef(value);
  useEffect(() => {
    current.current = value;
  }, [value]);
  const { draft, edit, set } = useDebouncedDraft(
    value,
    (next) => {
      if (next === current.current) return;
      current.current = next;
      onCommit(next);
    },
    delay,
  );

  const { data, filter, renderOption, startSuggesting } = useTagSuggestionProps(draft);

  return (
    <Autocomplete
      {...props}
      value={draft}
      data={data}
      filter={filter}
      onFocus={(event) => {
        startSuggesting();
        props.onFocus?.(event);
      }}
      onChange={edit}
      onOptionSubmit={set}
      onBlur={(event) => {
        if (draft.trim() !== value) set(draft.trim());
        props.onBlur?.(event);
      }}
      description={draft.trim() !== value && draft.trim() ? 'Pick a tag, or press Enter to search for it' : props.description}
      onKeyDown={(event) => {
        // Enter with no suggestion highlighted: search now, and keep the form from submitting.
        if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          set(draft.trim());
        }
      }}
      renderOption={renderOption}
      rightSectionPointerEvents="all"
      rightSection={
        draft ? (
          <CloseButton size="sm" aria-label={clearLabel} onClick={() => set('')} />
        ) : null
      }
    />
  );
}
