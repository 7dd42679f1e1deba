/** Requests with `Authorization: Bearer <token>` and no cookies, as CI and `kubedeck push` send them. */
import { APP_URL } from "./http-session";

export function bearer(token: string | null, method: string, path: string, body?: unknown): Promise<Response> {
  const headers = new Headers();
  if (token !== null) headers.set("authorization", `Bearer ${token}`);
  if (body !== undefined) headers.set("content-type", "application/json");
  return fetch(`${APP_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: "manual" });
}
