/** A small /api/v1 client for `kubedeck push`: bearer token, JSON in and out, the v1 error shape. */

export class ConnectionError extends Error {}

export interface ApiAnswer<T> {
  status: number;
  body: T | null;
  /** The v1 error (`{ error: { message, field?, line? } }`) when the status is not 2xx. */
  error: { message: string; field?: string; line?: number } | null;
}

export function apiClient(server: string, token: string) {
  const base = server.replace(/\/+$/, "");
  return async function call<T>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: "manual",
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new ConnectionError(`cannot reach ${base}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      if (!response.ok) throw new ConnectionError(`${base}${path} answered ${response.status} with something other than JSON: is --server the Kubedeck app?`);
    }
    if (response.ok) return { status: response.status, body: parsed as T, error: null };
    const error = (parsed as { error?: { message?: unknown; field?: unknown; line?: unknown } } | null)?.error;
    const message = typeof error?.message === "string" ? error.message : `the server answered ${response.status}`;
    return {
      status: response.status,
      body: null,
      error: { message, field: typeof error?.field === "string" ? error.field : undefined, line: typeof error?.line === "number" ? error.line : undefined },
    };
  };
}

export type ApiCall = ReturnType<typeof apiClient>;
