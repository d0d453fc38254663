import type { ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/**
 * Keeps the suggestions that start with what was typed (any case), as the server picks them, so the
 * previous answer shown while the next one loads never offers a tag the server would not.
 */
export const tagPrefixFilter: OptionsFilter = ({ options, search }) => {
  const prefix = search.trim().toLowerCase();
  return options.filter(
    (option: ComboboxParsedItem) => !('group' in option) && option.label.toLowerCase().startsWith(prefix),
  );
};
