import { useEffect } from 'react';

export const PRODUCT_NAME = 'Steward';

/** Sets document.title to "<title> · Steward" while the calling page is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    const previous = document.title;
    document.title = title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
