/**
 * Issue 12, item 9 beyond imports: text a person types that is stored (a card edit, a tag, a class,
 * an API token's name, the sign-up name) refuses NUL and other control characters with a 422 naming
 * the field, and an account holds a bounded number of API tokens.
 */
import { describe, expect, it } from "vitest";
import { MAX_ACTIVE_TOKENS_PER_USER } from "@/lib/validations/api-token";
import { signedInAs, TEST_PASSWORD } from "./helpers/accounts";
import { HttpSession, uniqueEmail } from "./helpers/http-session";

interface Issues {
  issues?: { path: string; message: string }[];
  error?: string | { message: string; field?: string };
}

async function refusedField(response: Response): Promise<string | undefined> {
  expect(response.status).toBe(422);
  const body = (await response.json()) as Issues;
  const message = typeof body.error === "string" ? body.error : body.error?.message;
  expect(message).toMatch(/control character \(U\+0000/);
  return body.issues?.[0]?.path ?? (typeof body.error === "object" ? body.error.field : undefined);
}

describe("stored text refuses control characters", () => {
  it("a card edit's front and back", async () => {
    const { session } = await signedInAs("learner");
    const created = await session.json("/api/v1/decks", "POST", { markdown: `---\nid: edit-${Date.now()}\ntitle: Edit\n---\n# Pods\n\n- **Pod** — the smallest unit\n` });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const deck = (await (await session.request(`/api/v1/decks/${id}`)).json()) as { revision: number; cards: { id: string }[] };
    const cardId = deck.cards[0]?.id ?? "";
    const edit = (front: string, back: string) => session.json(`/api/cards/${cardId}`, "PATCH", { front, back, baseRevision: deck.revision });
    expect(await refusedField(await edit("Pod\u0000", "the smallest unit"))).toBe("front");
    expect(await refusedField(await edit("Pod", "the \u0000smallest unit"))).toBe("back");
  });

  it("a tag added to cards in bulk", async () => {
    const { session } = await signedInAs("learner");
    expect(await refusedField(await session.json("/api/cards/bulk", "POST", { cardIds: ["any"], action: "add-tag", tag: "k8s\u0000" }))).toBe("tag");
  });

  it("a class name, an API token's name and the sign-up name", async () => {
    const { session } = await signedInAs("instructor");
    expect(await refusedField(await session.json("/api/v1/classes", "POST", { name: "CKA\u0000 prep" }))).toBe("name");
    expect(await refusedField(await session.json("/api/tokens", "POST", { name: "ci\u0000", scope: "read" }))).toBe("name");
    expect(await refusedField(await new HttpSession().json("/api/signup", "POST", { name: "Ada\u0000", email: uniqueEmail("nul"), password: TEST_PASSWORD }))).toBe("name");
  });
});

describe("API tokens per account", () => {
  it(`holds at most ${MAX_ACTIVE_TOKENS_PER_USER} active tokens; revoking one makes room`, async () => {
    const { session } = await signedInAs("learner");
    const ids: string[] = [];
    for (let index = 0; index < MAX_ACTIVE_TOKENS_PER_USER; index += 1) {
      const created = await session.json("/api/tokens", "POST", { name: `ci ${index}`, scope: "read", days: 1 });
      expect(created.status, `token ${index + 1}`).toBe(201);
      ids.push(((await created.json()) as { id: string }).id);
    }
    const over = await session.json("/api/tokens", "POST", { name: "one more", scope: "read" });
    expect(over.status).toBe(422);
    expect(((await over.json()) as { error: string }).error).toMatch(new RegExp(`You have ${MAX_ACTIVE_TOKENS_PER_USER} active API tokens.*Revoke one`));
    expect((await session.request(`/api/tokens/${ids[0]}`, { method: "DELETE" })).status).toBe(204);
    expect((await session.json("/api/tokens", "POST", { name: "one more", scope: "read" })).status).toBe(201);
  }, 60_000);
});
