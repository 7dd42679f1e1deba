/**
 * Issue 12: the session cookie is Secure behind https even without NEXTAUTH_URL. Starts the built app
 * (scripts/serve.mjs) three more times on the tests' database, each with one way of knowing the public
 * URL, and signs in over plain HTTP: the cookie's flags follow what the app may trust.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "./helpers/accounts";
import { APP_URL, HttpSession, uniqueEmail } from "./helpers/http-session";

const root = join(import.meta.dirname, "../..");
const children: ChildProcess[] = [];

async function serve(port: number, env: Record<string, string | undefined>): Promise<string> {
  const child = spawn(process.execPath, [join(root, "scripts/serve.mjs"), "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "1", PORT: String(port), NEXTAUTH_URL: undefined, ...env },
    stdio: "ignore",
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 240; tries++) {
    if (child.exitCode !== null) throw new Error(`the app on ${port} exited with ${child.exitCode}`);
    if (await fetch(`${url}/api/auth/csrf`).then((response) => response.ok, () => false)) return url;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app on ${port} did not answer`);
}

/** Signs in over plain HTTP, sending `headers` as a proxy in front would; the session's Set-Cookie. */
async function sessionCookie(url: string, email: string, headers: Record<string, string>): Promise<string> {
  const origin = headers["x-forwarded-proto"] === "https" ? url.replace("http:", "https:") : url;
  const csrf = await fetch(`${url}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((set) => set.split(";")[0]).join("; ");
  const form = new URLSearchParams({ csrfToken, email, password: TEST_PASSWORD, json: "true" });
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie, origin, "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  const session = response.headers.getSetCookie().find((set) => /next-auth\.session-token=[^;]/.test(set));
  if (!session) throw new Error(`no session cookie from ${url} (status ${response.status})`);
  return session;
}

const isSecure = (cookie: string): boolean => /;\s*secure(;|$)/i.test(cookie) && cookie.startsWith("__Secure-");

describe("the session cookie behind https", () => {
  const base = Number(new URL(APP_URL).port) + 5;
  const email = uniqueEmail("secure");

  afterAll(() => {
    for (const child of children) child.kill("SIGTERM");
  });

  it("is Secure when a trusted proxy says https (KUBEDECK_TRUST_PROXY=1, no NEXTAUTH_URL), and not when it says http", async () => {
    expect((await new HttpSession().json("/api/signup", "POST", { email, password: TEST_PASSWORD })).status).toBe(201);
    const url = await serve(base, { KUBEDECK_TRUST_PROXY: "1" });
    expect(isSecure(await sessionCookie(url, email, { "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSecure(await sessionCookie(url, email, { "x-forwarded-proto": "http" }))).toBe(false);
  }, 90_000);

  it("ignores X-Forwarded-Proto from a client when no proxy is trusted", async () => {
    const url = await serve(base + 1, {});
    expect(isSecure(await sessionCookie(url, email, { "x-forwarded-proto": "https" }))).toBe(false);
  }, 90_000);

  it("is Secure when NEXTAUTH_URL names an https address", async () => {
    const port = base + 2;
    const url = await serve(port, { NEXTAUTH_URL: `https://127.0.0.1:${port}` });
    expect(isSecure(await sessionCookie(url, email, { "x-forwarded-proto": "https" }))).toBe(true);
  }, 90_000);
});
