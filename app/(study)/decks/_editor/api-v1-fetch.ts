/** JSON calls from the deck editor to /api/v1 (the cookie session), reading the v1 error shape. */

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; line?: number };

export async function callApi<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const response = await fetch(url, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 204) return { ok: true, data: null as T };
    const data = (await response.json().catch(() => null)) as (T & { error?: { message?: string; line?: number } }) | null;
    if (response.ok && data) return { ok: true, data };
    return { ok: false, status: response.status, message: data?.error?.message ?? `The server answered ${response.status}.`, line: data?.error?.line };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Your text is still here; try again." };
  }
}

export interface SaveAnswer {
  id: string;
  slug: string;
  title: string;
  revision: number;
  added: number;
  changed: number;
  retired: number;
  kept: number;
  restored: number;
  unchanged: boolean;
  issues: { line: number; message: string; severity: string }[];
}

/** "Saved revision 3: 1 added, 2 changed, 0 retired, 5 kept." */
export function describeSave(answer: SaveAnswer): string {
  if (answer.unchanged) return `No changes: revision ${answer.revision} is current (${answer.kept} cards kept).`;
  const restored = answer.restored > 0 ? ` (${answer.restored} restored with their history)` : "";
  return `Saved revision ${answer.revision}: ${answer.added} added${restored}, ${answer.changed} changed, ${answer.retired} retired, ${answer.kept} kept.`;
}
