import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/**
 * What a filter input shows while the user types (`draft`) and when it reports it: once typing pauses for `delay`
 * ms (`type`), at once on request (`flush`, `set`). It takes over the committed `value` when that changes from
 * outside (back and forward, a saved search, "Clear filters").
 */
export function useDebouncedDraft(value: string, onCommit: (value: string) => void, delay: number) {
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

  return {
    draft,
    /** The user typed: show it, report it once typing pauses. */
    type: (next: string) => {
      setDraft(next);
      debouncedCommit(next);
    },
    /** The user typed: show it, report nothing yet (an input that reports only when told, like the tag filter). */
    edit: (next: string) => {
      debouncedCommit.cancel();
      setDraft(next);
    },
    /** Report what is typed now (Enter). */
    flush: () => debouncedCommit.flush(),
    /** Show and report this at once (a picked suggestion; '' to clear). */
    set: (next: string) => {
      debouncedCommit.cancel();
      setDraft(next);
      commit(next);
    },
  };
}
