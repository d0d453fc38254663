import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a long form (a bordered card whose title is the section's accessible name). */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Moves focus to the first field of a form marked invalid (or its alert), once it is rendered. */
export function focusFirstError() {
  window.setTimeout(() => {
    const invalid = document.querySelector<HTMLElement>('form [aria-invalid="true"], form [role="alert"]');
    invalid?.focus();
    invalid?.scrollIntoView({ block: 'center' });
  }, 0);
}
