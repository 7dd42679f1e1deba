/** Sends a JSON request from an instructor's form and reads the error message of either error shape. */
export async function sendJson(method: string, url: string, body?: unknown): Promise<{ ok: boolean; data: unknown; message: string }> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, data, message: "" };
  const error = (data as { error?: string | { message?: string } } | null)?.error;
  const message = typeof error === "string" ? error : (error?.message ?? `The request failed (${response.status}). Try again.`);
  return { ok: false, data, message };
}
