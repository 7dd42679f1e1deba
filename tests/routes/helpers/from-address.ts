/**
 * Requests from another loopback address (127.x.y.z), for the per-address brute-force limits: the test
 * server exempts 127.0.0.1 (KUBEDECK_RATE_LIMIT_EXEMPT), so the other tests never meet them.
 */
import http from "node:http";
import { APP_URL } from "./http-session";

export interface AddressResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  readonly ms: number;
}

/** A loopback address no earlier run used (the database keeps the counts). */
export function freshLoopbackAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  return `127.${octet()}.${octet()}.${octet()}`;
}

export class AddressClient {
  private readonly cookies = new Map<string, string>();
  constructor(
    readonly address: string,
    private readonly baseUrl: string = APP_URL,
  ) {}

  request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<AddressResponse> {
    const url = new URL(path, this.baseUrl);
    const headers: Record<string, string> = { origin: url.origin, ...init.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (init.body !== undefined) headers["content-length"] = String(Buffer.byteLength(init.body));
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(url, { method: init.method ?? "GET", headers, localAddress: this.address }, (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          for (const cookie of response.headers["set-cookie"] ?? []) {
            const [pair] = cookie.split(";");
            const at = pair?.indexOf("=") ?? -1;
            if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, ms: performance.now() - started });
        });
      });
      request.on("error", reject);
      request.end(init.body);
    });
  }

  /** One password sign-in through next-auth's credentials callback, as the sign-in form sends it. */
  async signIn(email: string, password: string): Promise<AddressResponse> {
    const csrf = JSON.parse((await this.request("/api/auth/csrf")).text) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" }).toString();
    return this.request("/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
  }
}
