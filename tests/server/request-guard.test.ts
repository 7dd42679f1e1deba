import { describe, expect, it } from "vitest";
import { ApiError, mediaTypeOf } from "@/lib/server/api-error";
import { guardRequest, isSameOrigin } from "@/lib/server/http/request-guard";

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

function statusOf(method: string, values: Record<string, string>, options = {}): number | "admitted" {
  try {
    guardRequest(method, headers(values), options);
    return "admitted";
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

const json = { host: "app.test:3400", origin: "http://app.test:3400", "content-type": "application/json", "content-length": "2" };

describe("the request guard", () => {
  it("parses the media type instead of looking for a substring", () => {
    expect(mediaTypeOf("Application/JSON; charset=utf-8")).toBe("application/json");
    expect(mediaTypeOf("text/plain; application/json")).toBe("text/plain");
    expect(mediaTypeOf("application/json, text/plain")).toBeNull();
  });

  it("admits a same-origin JSON request and refuses another port, another host and an opaque origin", () => {
    expect(statusOf("POST", json)).toBe("admitted");
    expect(statusOf("POST", { ...json, origin: "http://app.test:3399" })).toBe(403);
    expect(statusOf("POST", { ...json, origin: "http://evil.test" })).toBe(403);
    expect(statusOf("POST", { ...json, origin: "null" })).toBe(403);
    expect(statusOf("GET", { host: "app.test:3400", origin: "http://evil.test" })).toBe("admitted");
  });

  it("without Origin, trusts only Sec-Fetch-Site: same-origin", () => {
    const { origin: _origin, ...noOrigin } = json;
    expect(statusOf("PUT", noOrigin)).toBe(403);
    expect(statusOf("PUT", { ...noOrigin, "sec-fetch-site": "same-site" })).toBe(403);
    expect(statusOf("PUT", { ...noOrigin, "sec-fetch-site": "same-origin" })).toBe("admitted");
  });

  it("accepts the proxy's X-Forwarded-Host as this app's host", () => {
    expect(isSameOrigin(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "kubedeck.school.test", origin: "https://kubedeck.school.test" }))).toBe(true);
  });

  it("answers 413 from Content-Length before the Origin or media type is looked at", () => {
    expect(statusOf("POST", { ...json, origin: "http://evil.test", "content-length": "1000001" })).toBe(413);
    expect(statusOf("POST", { ...json, "content-length": "5000" }, { maxBodyBytes: 4096 })).toBe(413);
  });

  it("answers 403 for a body that is not JSON (the issue's contract), and admits a POST without a body", () => {
    expect(statusOf("POST", { ...json, "content-type": "text/plain; application/json" })).toBe(403);
    expect(statusOf("POST", { ...json, "content-type": "application/x-www-form-urlencoded" })).toBe(403);
    expect(statusOf("POST", { ...json, "content-type": "multipart/form-data; boundary=x" })).toBe(403);
    expect(statusOf("POST", { host: json.host, origin: json.origin, "content-type": "text/plain", "transfer-encoding": "chunked" })).toBe(403);
    expect(statusOf("POST", { ...json, "content-type": "text/plain" }, { body: "form" })).toBe(403);
    expect(statusOf("POST", { host: json.host, origin: json.origin })).toBe("admitted");
    expect(statusOf("POST", { ...json, "content-type": "application/x-www-form-urlencoded" }, { body: "form" })).toBe("admitted");
  });

  it("exempts a bearer token without a cookie from the Origin check, but not one sent with a cookie", () => {
    const bearer = { ...json, origin: "http://evil.test", authorization: "Bearer kd_123" };
    expect(statusOf("POST", bearer)).toBe("admitted");
    expect(statusOf("POST", { ...bearer, cookie: "next-auth.session-token=x" })).toBe(403);
  });

  it("on a route that needs a session, lets a request without any cookie through to authentication (401), never a cookie-bearing one", () => {
    const cookieless = { ...json, origin: "http://evil.test" };
    const signedIn = { sessionRequired: true };
    expect(statusOf("POST", cookieless, signedIn)).toBe("admitted");
    expect(statusOf("POST", { "content-type": "application/json", "content-length": "2" }, signedIn)).toBe("admitted");
    expect(statusOf("POST", { ...cookieless, cookie: "next-auth.session-token=x" }, signedIn)).toBe(403);
    // Routes anyone may call (sign-up, next-auth) check every request's Origin.
    expect(statusOf("POST", cookieless)).toBe(403);
  });
});
