import type { HeaderReader } from "./request-guard";

/**
 * The origin learners reach this app at, for links shown to be copied (a class's join link): the
 * configured NEXTAUTH_URL when there is one, else the protocol and host of this request as
 * scripts/serve.mjs normalised them (X-Forwarded-Proto/-Host only from a trusted proxy), so a class
 * served over https shows an https link. Empty when the request names no host.
 */
export function publicOrigin(header: HeaderReader, configuredUrl: string | undefined): string {
  if (configuredUrl) {
    try {
      return new URL(configuredUrl).origin;
    } catch {
      // A malformed NEXTAUTH_URL falls back to the request's own origin.
    }
  }
  const host = (header("x-forwarded-host") ?? "").split(",")[0]?.trim() || header("host");
  if (!host) return "";
  const protocol = header("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${host}`;
}
