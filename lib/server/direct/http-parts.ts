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

/** How much of an over-limit body is read and dropped so the kept-alive connection stays usable (as Next's routes do). */
export const MAX_DISCARDED_BYTES = 16_000_000;

export interface BodyText {
  /** The first `limit` bytes as UTF-8. */
  readonly text: string;
  /** Bytes read: the body's full size when `complete`, else more than `limit + discard`. */
  readonly size: number;
  /** False when reading stopped `discard` bytes past the limit: the rest is unread, so close the connection. */
  readonly complete: boolean;
}

/**
 * The request body as text (the first `limit` bytes of it) and its size in bytes. Read to the end up
 * to `discard` bytes past the limit, so a refused request leaves the kept-alive connection usable for
 * the next one; past that, reading stops (an endless chunked body cannot keep a worker reading).
 */
export function readBodyText(request: IncomingMessage, limit: number, discard: number = MAX_DISCARDED_BYTES): Promise<BodyText> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit + discard) {
        request.off("data", onData);
        request.pause();
        resolve({ text: "", size, complete: false });
      }
    };
    request.on("data", onData);
    request.on("error", reject);
    request.on("end", () => resolve({ text: Buffer.concat(chunks).toString("utf8"), size, complete: true }));
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

/** How long a refused connection still drops what the client sends before it is closed for good. */
export const LINGER_MS = 2_000;

/**
 * Closes the connection once the answer is sent, when the rest of the body is left unread: a lingering
 * close, as web servers do. Our side of the connection is shut (FIN) after the answer while whatever
 * still arrives is dropped, for up to `lingerMs`. Destroying the socket at once with unread bytes in it
 * (which `Connection: close` makes Node do) resets the connection, and a client still sending can lose
 * the answer it had not read yet.
 */
export function closeAfterAnswer(request: IncomingMessage, response: ServerResponse, lingerMs: number = LINGER_MS): void {
  response.once("finish", () => {
    const socket = request.socket;
    request.resume();
    socket.end();
    setTimeout(() => socket.destroy(), lingerMs).unref();
  });
}
