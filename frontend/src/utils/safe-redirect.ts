/**
 * Where to go after signing in: only a path inside this app, never another origin
 * (`//evil.example`, `https://…`) and never back to the login page itself.
 */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback;
  }
  if (target === '/login' || target.startsWith('/login?') || target.startsWith('/login#')) {
    return fallback;
  }
  return target;
}
