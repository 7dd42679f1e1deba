/**
 * The message of an error answer, whichever of the two shapes the app answers with: the original
 * `{ "error": "…" }` or the API v1 shape `{ "error": { "message", "field"?, "line"? } }`.
 */
export async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json()) as { error?: string | { message?: string } };
  if (typeof body.error === "string") return body.error;
  return body.error?.message ?? "";
}
