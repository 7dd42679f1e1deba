/**
 * Reading and answering Node's own HTTP objects for the direct routes: pure Node, no framework.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * `Cookie: a=1; b=2` → { a: "1", b: "2" }, parsed exactly as Next's `cookies()` parses it: pairs split
 * on "; ", a later pair of the same name wins, values URI-decoded (a pair that does not decode is
 * skipped), a bare name is "true".
 */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies = Object.create(null) as Record<string, string>;
  if (!header) return cookies;
  for (const pair of header.split(/; */)) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    if (at === -1) {
      cookies[pair] = "true";
      continue;
    }
    try {
      cookies[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
    } catch {
      // Next skips a value that is not valid percent-encoding.
    }
  }
  return cookies;
}

/**
 * The request body as text (the first `limit` bytes of it) and its full size in bytes. Always read to
 * the end, so a refused request leaves the kept-alive connection usable for the next one.
 */
export function readBodyText(request: IncomingMessage, limit: number): Promise<{ text: string; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("error", reject);
    request.on("end", () => resolve({ text: Buffer.concat(chunks).toString("utf8"), size }));
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    // The headers next.config.js sends with every other answer.
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
  response.end(text);
}

