import type { MouseEvent } from 'react';

import classes from '@/components/ui/skip-link.module.css';

type SkipLinkProps = {
  targetId: string;
};

/** First tab stop on every page: moves keyboard focus straight to the main content. */
export function SkipLink({ targetId }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView?.();
    }
  };
  return (
    <a className={classes.link} href={`#${targetId}`} onClick={onClick}>
      Skip to main content
    </a>
  );
}
