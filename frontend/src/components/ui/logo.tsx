type LogoProps = {
  size?: number;
};

/** The Steward mark (same drawing as public/favicon.svg), decorative: the name is always beside it. */
export function Logo({ size = 28 }: LogoProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#1971c2" />
      <path
        d="M21.5 10.5c-1.2-1.3-3-2-5.1-2-3.3 0-5.6 1.8-5.6 4.4 0 5.6 10.6 3.6 10.6 8.2 0 1.6-1.6 2.7-4.1 2.7-2.1 0-3.9-.8-5.2-2.2"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
