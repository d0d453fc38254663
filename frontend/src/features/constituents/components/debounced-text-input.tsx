import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

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
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setDraft(value);
    }
  }

  const commit = (next: string) => {
    setCommitted(next);
    onCommit(next);
  };
  const debouncedCommit = useDebouncedCallback(commit, delay);

  return (
    <TextInput
      {...props}
      value={draft}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        debouncedCommit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          debouncedCommit.flush();
        } else if (event.key === 'Escape' && draft) {
          debouncedCommit.cancel();
          setDraft('');
          commit('');
        }
      }}
      rightSection={
        draft ? (
          <CloseButton
            size="sm"
            aria-label={clearLabel}
            onClick={() => {
              debouncedCommit.cancel();
              setDraft('');
              commit('');
            }}
          />
        ) : (
          props.rightSection
        )
      }
    />
  );
}
