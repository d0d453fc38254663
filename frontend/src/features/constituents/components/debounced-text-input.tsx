import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';

import { useDebouncedDraft } from '@/features/constituents/hooks/use-debounced-draft';

type DebouncedTextInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** The committed value (for example from the address bar). */
  value: string;
  /** Called once typing pauses for `delay` ms, at once on Enter or when cleared. */
  onCommit: (value: string) => void;
  delay?: number;
  /** Accessible name of the clear button. */
  clearLabel?: string;
};

/**
 * A text input that reports its value once the user stops typing. It keeps what is being typed to
 * itself, and takes over the committed value when that changes from outside (back and forward,
 * a saved search, "Clear filters").
 */
export function DebouncedTextInput({
  value,
  onCommit,
  delay = 250,
  clearLabel = 'Clear',
  ...props
}: DebouncedTextInputProps) {
  const { draft, type, flush, set } = useDebouncedDraft(value, onCommit, delay);

  return (
    <TextInput
      {...props}
      value={draft}
      onChange={(event) => type(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          flush();
        } else if (event.key === 'Escape' && draft) {
          set('');
        }
      }}
      rightSection={
        draft ? (
          <CloseButton size="sm" aria-label={clearLabel} onClick={() => set('')} />
        ) : (
          props.rightSection
        )
      }
    />
  );
}
