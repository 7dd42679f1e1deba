import http from "node:http";
import { describe, expect, it } from "vitest";
import { signedInAs } from "./helpers/accounts";
import { errorMessage } from "./helpers/error-message";
import { APP_URL, HttpSession } from "./helpers/http-session";
import { ROUTES, STATE_CHANGING, type RouteCase } from "./helpers/route-table";

/**
 * Every state-changing route of the table answers 413 before authentication work: from the
 * declared Content-Length, and, for a chunked body without one, while it streams. Both are sent
 * anonymously (no cookie), so a route that authenticated first would answer 401 instead.
 */
function contentTypeOf(route: RouteCase): string {
  return route.form ? "application/x-www-form-urlencoded" : "application/json";
}

/** A chunked body (no Content-Length) of `total` bytes, in 64 KB chunks. */
function chunkedBody(total: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.byteLength, total - sent));
      sent += part.byteLength;
      controller.enqueue(part);
    },
  });
}

describe("body limits: 413 before authentication work", () => {
  for (const route of STATE_CHANGING) {
    it(`${route.method} ${route.path}: ${route.limit} bytes at most by Content-Length`, async () => {
      const body = "x".repeat(route.limit + 1);
      const response = await new HttpSession().request(route.path, { method: route.method, headers: { "content-type": contentTypeOf(route) }, body });
      expect(response.status).toBe(413);
      expect(await errorMessage(response)).toBe(`The request body is ${route.limit + 1} bytes; at most ${route.limit} are accepted.`);
    });

    it(`${route.method} ${route.path}: a chunked body over ${route.limit} bytes is refused while it streams`, async () => {
      const response = await new HttpSession().request(route.path, {
        method: route.method,
        headers: { "content-type": contentTypeOf(route) },
        body: chunkedBody(route.limit + 100_000),
        duplex: "half",
      } as RequestInit);
      expect(response.status).toBe(413);
      // Next's routes stop counting past the limit ("more than"); the review route, answered outside Next, counts to the end.
      expect(await errorMessage(response)).toMatch(new RegExp(`^The request body is (more than ${route.limit}|${route.limit + 100_000}) bytes; at most ${route.limit} are accepted\\.$`));
    });
  }

  it("a chunked body within the limit still reaches the route (a signed-in settings save of a chunked body answers as a declared one)", async () => {
    const { session } = await signedInAs("learner");
    const declared = await session.json("/api/settings", "PUT", { desiredRetention: 7 });
    const text = JSON.stringify({ desiredRetention: 7 });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const chunked = await session.request("/api/settings", { method: "PUT", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    expect(chunked.status).toBe(declared.status);
    expect(await chunked.json()).toEqual(await declared.json());
  });
});

/** A GET with a body (fetch cannot send one; a script can): its status and text. */
function getWithBody(path: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, APP_URL), { method: "GET", headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    // The server may answer and close before the whole body is sent.
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    request.end(body);
  });
}

describe("body limits hold on reads too", () => {
  for (const route of ROUTES.filter((candidate) => candidate.method === "GET")) {
    it(`GET ${route.path}: a declared body over ${route.limit} bytes is a 413`, async () => {
      const response = await getWithBody(route.path, "x".repeat(route.limit + 1));
      expect(response.status).toBe(413);
      const { error } = JSON.parse(response.text) as { error: string | { message: string } };
      expect(typeof error === "string" ? error : error.message).toBe(`The request body is ${route.limit + 1} bytes; at most ${route.limit} are accepted.`);
    });
  }
});

/** POSTs an endless chunked body (up to 200 MB) and resolves with the answer as soon as it arrives. */
function endlessChunkedPost(path: string): Promise<{ status: number; text: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(1024 * 1024, 0x78);
    let sentBytes = 0;
    let answered = false;
    const request = http.request(new URL(path, APP_URL), { method: "POST", headers: { origin: new URL(APP_URL).origin, "content-type": "application/json" } }, (response) => {
      answered = true;
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (part: string) => (text += part));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, text, sentBytes });
        request.destroy();
      });
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") return reject(error);
      // A write may fail as the server closes; the answer must still arrive (it was sent first).
      setTimeout(() => answered || reject(new Error(`The connection ended (${error.code}) without an answer.`)), 2_000);
    });
    const write = (): void => {
      while (!answered && sentBytes < 200 * 1024 * 1024) {
        sentBytes += chunk.byteLength;
        if (!request.write(chunk)) {
          request.once("drain", write);
          return;
        }
      }
      request.end();
    };
    write();
  });
}

describe("an endless chunked body is cut off", () => {
  it.each(["/api/reviews", "/api/settings/optimise", "/api/signup"])("%s answers 413 after at most 16 MB past its limit and stops reading", async (path) => {
    const response = await endlessChunkedPost(path);
    expect(response.status).toBe(413);
    expect((JSON.parse(response.text) as { error: string }).error).toMatch(/^The request body is more than \d+ bytes/);
    expect(response.sentBytes).toBeLessThan(64 * 1024 * 1024);
  });
});
