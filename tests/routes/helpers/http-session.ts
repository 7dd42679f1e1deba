/**
 * A cookie-keeping HTTP client for route tests: signs in through next-auth's real credentials
 * callback, so every request carries a genuine JWT session cookie.
 */
export const APP_URL = process.env.APP_URL ?? "http://127.0.0.1:3100";

export class HttpSession {
  private readonly cookies = new Map<string, string>();
  /** `baseUrl`: another instance of the app (tests/routes/two-instances.test.ts); APP_URL by default. */
  constructor(private readonly baseUrl: string = APP_URL) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    // What a browser sends from the app's own pages; a test of another origin sets its own (or `origin: ""` for none).
    if (!headers.has("origin")) headers.set("origin", new URL(this.baseUrl).origin);
    else if (headers.get("origin") === "") headers.delete("origin");
    if (this.cookies.size > 0) headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const separator = pair?.indexOf("=") ?? -1;
      if (pair && separator > 0) this.cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  }

  json(path: string, method: string, body: unknown): Promise<Response> {
    return this.request(path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  }

  /** Another client holding this one's cookies (a copied or stolen session cookie), of this instance or the one at `baseUrl`. */
  copy(baseUrl: string = this.baseUrl): HttpSession {
    const other = new HttpSession(baseUrl);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  /** next-auth's own sign-out, as the header's "Sign out" button posts it. */
  async signOut(): Promise<Response> {
    const csrf = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: "/", json: "true" });
    return this.request("/api/auth/signout", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form.toString() });
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" });
    await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    });
    const session = (await (await this.request("/api/auth/session")).json()) as { user?: { email?: string } };
    if (session.user?.email !== email.toLowerCase()) throw new Error(`sign-in as ${email} did not create a session`);
  }
}

let counter = 0;
/** A unique email per call, so tests never collide with each other or with earlier runs. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.floor(performance.now())}@example.com`;
}
