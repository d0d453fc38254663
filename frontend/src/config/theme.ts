import { Drawer, Modal, Notification, createTheme, type CSSVariablesResolver } from '@mantine/core';

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
  components: {
    // Mantine's close buttons are icons only: give them a name screen readers can say.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

// "Dimmed" text (gray.6) and error text (red.6) are about 3.3:1 on white by default; shades 7 and
// 8 read at WCAG AA.
// "Light" buttons and badges put shade 6 text on a tint of the same colour: 3-4.4:1, below AA for
// small text. Shade 9 darkened by a third reads at 5.5:1 or more on the tint for every colour
// (shade 9 alone is not enough for green and teal).
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.keys(resolvedTheme.colors).map((color) => [
        `--mantine-color-${color}-light-color`,
        `color-mix(in srgb, var(--mantine-color-${color}-9) 67%, black)`,
      ]),
    ),
  },
  dark: {},
});
