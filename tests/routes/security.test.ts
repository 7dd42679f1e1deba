import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInAs, TEST_PASSWORD } from "./helpers/accounts";
import { errorMessage } from "./helpers/error-message";
import { APP_URL, HttpSession, uniqueEmail } from "./helpers/http-session";
import { expectedAccess, ROUTES, STATE_CHANGING, type Access, type RouteCase } from "./helpers/route-table";

const OTHER_PORT_ORIGIN = (() => {
  const url = new URL(APP_URL);
  return `${url.protocol}//${url.hostname}:3399`;
})();

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** "GET", "POST", … exported by a route file (`export const GET =` or `export { handler as GET }`). */
function exportedMethods(source: string): string[] {
  const direct = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1] ?? "");
  const renamed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((match) => [...(match[1] ?? "").matchAll(/as\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((inner) => inner[1] ?? ""));
  return [...direct, ...renamed];
}

function send(session: HttpSession, route: RouteCase, headers: Record<string, string> = {}, body?: string): Promise<Response> {
  const payload = body ?? (route.method === "GET" ? undefined : route.form ? "" : JSON.stringify(route.body ?? {}));
  const contentType = route.form ? "application/x-www-form-urlencoded" : "application/json";
  return session.request(route.path, { method: route.method, headers: payload === undefined ? headers : { "content-type": contentType, ...headers }, body: payload });
}

const sessions = new Map<Access, HttpSession>();

beforeAll(async () => {
  sessions.set("anonymous", new HttpSession());
  for (const role of ["learner", "instructor", "admin"] as const) sessions.set(role, (await signedInAs(role)).session);
});

describe("the route table", () => {
  it("lists every method of every route under app/api", () => {
    const root = path.join(process.cwd(), "app", "api");
    const listed = new Set(ROUTES.map((route) => `${route.method} ${route.file}`));
    const missing = routeFiles(root).flatMap((file) => {
      const relative = path.relative(root, file).split(path.sep).join("/");
      return exportedMethods(readFileSync(file, "utf8")).map((method) => `${method} ${relative}`).filter((key) => !listed.has(key));
    });
    expect(missing, "add these routes to tests/routes/helpers/route-table.ts").toEqual([]);
  });

  it("sends every route file through the one wrapper (withUser, withoutUser or withApiUser), so its limits and checks apply", () => {
    const root = path.join(process.cwd(), "app", "api");
    const unwrapped = routeFiles(root)
      .filter((file) => !/\b(withUser|withoutUser|withApiUser)\s*[<(]/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(unwrapped).toEqual([]);
  });
});

describe("route × role", () => {
  for (const route of ROUTES) {
    for (const role of ["anonymous", "learner", "instructor", "admin"] as const) {
      const expected = expectedAccess(route, role);
      it(`${route.method} ${route.path} as ${role} → ${expected}`, async () => {
        const response = await send(sessions.get(role) as HttpSession, route);
        if (expected === "allowed") expect([401, 403]).not.toContain(response.status);
        else expect(response.status).toBe(expected);
        expect(response.status).toBeLessThan(500);
      });
    }
  }
});

describe("CSRF: state-changing requests come from the app's own pages", () => {
  for (const route of STATE_CHANGING) {
    it(`${route.method} ${route.path}: 403 from another origin, from "null" and without Origin; Sec-Fetch-Site: same-origin passes`, async () => {
      // Signed in with the role the route needs, so only the Origin can refuse it.
      const learner = sessions.get(route.access === "anonymous" ? "learner" : route.access) as HttpSession;
      for (const origin of [OTHER_PORT_ORIGIN, "http://evil.test", "null", ""]) {
        const response = await send(learner, route, { origin });
        expect(response.status, `Origin: ${origin || "(none)"}`).toBe(403);
        expect(await errorMessage(response)).toMatch(/did not come from a Kubedeck page/);
      }
      const fetchMetadata = await send(learner, route, { origin: "", "sec-fetch-site": "same-origin" });
      expect(fetchMetadata.status).not.toBe(403);
      const crossSite = await send(learner, route, { origin: "", "sec-fetch-site": "same-site" });
      expect(crossSite.status).toBe(403);
    });
  }

  for (const route of STATE_CHANGING) {
    // The issue's contract: a media type that is not really the route's own (JSON; next-auth's forms) is a 403.
    const refused = route.form
      ? ["text/plain; application/x-www-form-urlencoded", "application/json", "multipart/form-data; boundary=x", "text/plain"]
      : ["text/plain; application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "application/json-patch+json", "application/jsonx"];
    it(`${route.method} ${route.path}: same-origin and signed in, a body that is not ${route.form ? "a form" : "application/json"} is refused (403)`, async () => {
      const caller = sessions.get(route.access === "anonymous" ? "learner" : route.access) as HttpSession;
      for (const contentType of refused) {
        const body = route.form ? "a=1" : JSON.stringify(route.body ?? {});
        const response = await send(caller, route, { "content-type": contentType }, body);
        expect(response.status, contentType).toBe(403);
        expect(await errorMessage(response), contentType).toMatch(route.form ? /application\/x-www-form-urlencoded/ : /Content-Type: application\/json/);
      }
    });
  }

  it("refuses the issue's attack: settings and a deck posted as text/plain from another port change nothing", async () => {
    const { session } = await signedInAs("learner");
    const before = await (await session.request("/api/settings")).json();
    const headers = { origin: OTHER_PORT_ORIGIN, "content-type": "text/plain; application/json" };
    const settings = await session.request("/api/settings", { method: "PUT", headers, body: JSON.stringify({ desiredRetention: 0.8, newCardsPerDay: 999, maxReviewsPerDay: 9999, timeZone: "UTC", leechThreshold: 3, leechAction: "tag" }) });
    expect(settings.status).toBe(403);
    const deck = await session.request("/api/decks", { method: "POST", headers, body: JSON.stringify({ title: "planted", sourceText: "x", cards: [{ id: "a", kind: "basic", front: "f", back: "b" }] }) });
    expect(deck.status).toBe(403);
    const form = await session.request("/api/settings/optimise", { method: "POST", headers: { origin: OTHER_PORT_ORIGIN, "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
    expect(form.status).toBe(403);
    expect(await (await session.request("/api/settings")).json()).toEqual(before);
    const decks = (await (await session.request("/api/decks")).json()) as { decks: { title: string }[] };
    expect(decks.decks.some((candidate) => candidate.title === "planted")).toBe(false);
  });

  it("exempts bearer-token requests without a cookie (the /api/v1 hook): they meet authentication, not the Origin check", async () => {
    const response = await new HttpSession().request("/api/settings", { method: "PUT", headers: { origin: OTHER_PORT_ORIGIN, authorization: "Bearer not-a-token", "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(401);
    const withCookie = await (sessions.get("learner") as HttpSession).request("/api/settings", { method: "PUT", headers: { origin: OTHER_PORT_ORIGIN, authorization: "Bearer not-a-token", "content-type": "application/json" }, body: "{}" });
    expect(withCookie.status).toBe(403);
  });
});

describe("headers", () => {
  it.each(["/signin", "/dashboard", "/api/me"])("%s answers with CSP frame-ancestors, X-Frame-Options, nosniff and a Referrer-Policy", async (pathname) => {
    const response = await (sessions.get("learner") as HttpSession).request(pathname);
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("the review route (answered outside Next by npm start) sends nosniff and DENY too", async () => {
    const response = await (sessions.get("learner") as HttpSession).json("/api/reviews", "POST", {});
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("redirect after sign-in", () => {
  it.each(["/%5Cevil.test:3399/", "//evil.test/", "https://evil.test/", "/%09/evil.test"])("sends callbackUrl=%s to the dashboard", async (callbackUrl) => {
    const html = await (await new HttpSession().request(`/signin?callbackUrl=${callbackUrl}`)).text();
    expect(html).toMatch(/callbackUrl\\?":\\?"\/dashboard\\?"/);
  });

  it("keeps a path of the app", async () => {
    const html = await (await new HttpSession().request(`/signin?callbackUrl=${encodeURIComponent("/decks?tab=mine")}`)).text();
    expect(html).toMatch(/callbackUrl\\?":\\?"\/decks\?tab=mine\\?"/);
  });
});

describe("sessions end on the server", () => {
  it("sign-out ends the session: a copy of the old cookie is refused", async () => {
    const { session } = await signedInAs("learner");
    const stolen = session.copy();
    expect((await stolen.request("/api/me")).status).toBe(200);
    await session.signOut();
    expect((await stolen.request("/api/me")).status).toBe(401);
    expect((await session.request("/api/me")).status).toBe(401);
  });

  it("a password change ends every session; the new password signs in, the old one does not", async () => {
    const { session, email } = await signedInAs("learner");
    const laptop = new HttpSession();
    await laptop.signIn(email, TEST_PASSWORD);
    const wrong = await session.json("/api/me/password", "PUT", { currentPassword: "not-it-at-all", newPassword: "a-fresh-lantern-sky" });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe("currentPassword");
    const weak = await session.json("/api/me/password", "PUT", { currentPassword: TEST_PASSWORD, newPassword: "password1" });
    expect(weak.status).toBe(422);
    expect(((await weak.json()) as { issues: { path: string; message: string }[] }).issues[0]).toMatchObject({ path: "newPassword", message: expect.stringMatching(/most common passwords/) });
    const changed = await session.json("/api/me/password", "PUT", { currentPassword: TEST_PASSWORD, newPassword: "a-fresh-lantern-sky" });
    expect(changed.status).toBe(200);
    expect((await session.request("/api/me")).status).toBe(401);
    expect((await laptop.request("/api/me")).status).toBe(401);
    await expect(new HttpSession().signIn(email, TEST_PASSWORD)).rejects.toThrow(/did not create a session/);
    await new HttpSession().signIn(email, "a-fresh-lantern-sky");
  });

  it("account deletion needs the password, ends the session and removes the learner's own data only", async () => {
    const { session, email } = await signedInAs("learner");
    const saved = await session.json("/api/decks", "POST", { title: "mine", sourceText: "- **Pod** — the smallest unit", cards: [{ id: "mine-pod", kind: "basic", front: "Pod", back: "the smallest unit", source: { file: "notes.md", line: 1 } }] });
    expect(saved.status).toBe(201);
    const other = (await signedInAs("learner")).session;
    const builtIn = ((await (await other.request("/api/decks")).json()) as { decks: unknown[] }).decks.length;
    expect((await session.json("/api/me", "DELETE", { password: "wrong-password" })).status).toBe(403);
    expect((await session.json("/api/me", "DELETE", { password: TEST_PASSWORD })).status).toBe(200);
    expect((await session.request("/api/me")).status).toBe(401);
    await expect(new HttpSession().signIn(email, TEST_PASSWORD)).rejects.toThrow(/did not create a session/);
    expect(((await (await other.request("/api/decks")).json()) as { decks: unknown[] }).decks.length).toBe(builtIn);
  });
});

describe("passwords", () => {
  it.each([
    ["        ", /only spaces/],
    ["password1", /most common passwords/],
    ["12345678", /most common passwords/],
    ["abcdefgh", /easy pattern/],
  ])("sign-up refuses %j and says why", async (password, why) => {
    const response = await new HttpSession().json("/api/signup", "POST", { email: uniqueEmail("weak"), password });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues[0]).toMatchObject({ path: "password", message: expect.stringMatching(why) });
  });
});
