/**
 * Where to go after signing in: only a path of this app. `new URL` resolves the value as a browser
 * would (a backslash counts as a slash, so `/\evil.test` is `//evil.test`, another host); anything that
 * leaves the app's origin, or is not a path, becomes the dashboard.
 */
const BASE = "http://kubedeck.invalid";

export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/")) return fallback;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith("//") ? fallback : path;
  } catch {
    return fallback;
  }
}
