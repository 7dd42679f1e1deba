import { PassThrough } from "node:stream";
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseCookieHeader, readBodyText } from "@/lib/server/direct/http-parts";

/** Next's own parser (what `cookies()` in a route handler sees), to compare against. */
async function nextsCookies(header: string): Promise<Record<string, string>> {
  const { RequestCookies } = (await import("next/dist/compiled/@edge-runtime/cookies/index.js")) as {
    RequestCookies: new (headers: Headers) => { getAll(): { name: string; value: string }[] };
  };
  const jar = new RequestCookies(new Headers({ cookie: header }));
  return Object.fromEntries(jar.getAll().map((cookie) => [cookie.name, cookie.value]));
}

function requestWith(chunks: string[]): IncomingMessage {
  const stream = new PassThrough();
  for (const chunk of chunks) stream.write(chunk);
  stream.end();
  return stream as unknown as IncomingMessage;
}

describe("parseCookieHeader", () => {
  const headers = [
    "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def-ghi_jkl",
    "a=1; b=2;c=3",
    "a=1; a=2",
    "theme=dark%20blue; broken=%E0%A4%A; flag; =empty",
    "next-auth.session-token.0=part0; next-auth.session-token.1=part1",
    "__proto__=x; constructor=y",
    "",
  ];
  it.each(headers)("reads %j as Next's cookies() does", async (header) => {
    expect({ ...parseCookieHeader(header) }).toEqual(await nextsCookies(header));
  });

  it("keeps a cookie named __proto__ as a plain value", () => {
    expect(parseCookieHeader("__proto__=x")["__proto__"]).toBe("x");
  });
});

describe("readBodyText", () => {
  it("joins the chunks as UTF-8", async () => {
    expect(await readBodyText(requestWith(['{"rating":', ' 3, "note": "é"}']), 1024)).toEqual({ text: '{"rating": 3, "note": "é"}', size: 27, complete: true });
  });

  it("reads a body over the limit to its end, reporting its full size without keeping it", async () => {
    const request = requestWith(["x".repeat(600), "y".repeat(600)]);
    const body = await readBodyText(request, 1000);
    expect(body.size).toBe(1200);
    expect(body.text).toBe("x".repeat(600));
    expect(body.complete).toBe(true);
    expect((request as unknown as PassThrough).readableEnded).toBe(true);
  });

  it("stops reading once a body passes the limit by more than it may discard, keeping nothing", async () => {
    const request = requestWith(["x".repeat(600), "y".repeat(600), "z".repeat(600)]);
    const body = await readBodyText(request, 500, 600);
    expect(body).toEqual({ text: "", size: 1200, complete: false });
    expect((request as unknown as PassThrough).readableEnded).toBe(false);
  });
});
