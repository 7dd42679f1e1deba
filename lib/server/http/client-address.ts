import type { HeaderReader } from "./request-guard";

/**
 * The client's network address, as scripts/serve.mjs wrote it into `x-kubedeck-client-address` from
 * the connection (replacing any value the client sent; behind a reverse proxy, with
 * KUBEDECK_TRUST_PROXY=1, the proxy's X-Forwarded-For). "unknown" under `next dev`.
 */
export function clientAddress(header: HeaderReader): string {
  return header("x-kubedeck-client-address") || "unknown";
}
