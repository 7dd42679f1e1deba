/**
 * Reading and answering Node's own HTTP objects for the direct routes: pure Node, no framework.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export class BodyTooLarge extends Error {
  constructor(readonly size: number, readonly limit: number) {
    super(`The request body is over ${limit} bytes.`);
    this.name = "BodyTooLarge";
  }
}

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

/** The request body as text; BodyTooLarge (after reading it to the end, so the connection stays usable) when over `limit` bytes. */
export function readBodyText(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("error", reject);
    request.on("end", () => {
      if (size > limit) reject(new BodyTooLarge(size, limit));
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

