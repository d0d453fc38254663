import { Alert, type AlertProps } from '@mantine/core';
import type { Ref } from 'react';

type NoticeAlertProps = Omit<AlertProps, 'color' | 'variant'> & {
  color: 'red' | 'orange' | 'blue';
  ref?: Ref<HTMLDivElement>;
  role?: string;
  tabIndex?: number;
};

/**
 * A light Alert whose title and icon use shade 9 of the colour: the default (shade 6) on the light
 * background is below WCAG AA contrast.
 */
export function NoticeAlert({ color, styles, ...props }: NoticeAlertProps) {
  const strong = `var(--mantine-color-${color}-9)`;
  return (
    <Alert
      {...props}
      color={color}
      variant="light"
      styles={{ title: { color: strong }, icon: { color: strong }, ...(styles as object) }}
    />
  );
}
