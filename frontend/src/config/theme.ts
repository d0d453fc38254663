import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Shade 8 keeps white text on the primary colour above WCAG AA (about 5:1); Mantine's default
// shade 6 is about 3.6:1.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
});

// "Dimmed" text (gray.6) and error text (red.6) are about 3.3:1 on white by default; shades 7 and
// 8 read at WCAG AA.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
