import { expect, test, type Page } from "@playwright/test";
import { signUpNewLearner, studyKeysReady } from "./helpers";

/** A JSON call from inside the page (same origin, the learner's cookie session), as the app's own scripts make it. */
async function api<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
      return (await response.json()) as T;
    },
    { method, url, body },
  );
}

async function replaceMarkdown(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

const deck = (id: string, podBack: string, more = "") => `---\nid: ${id}\ntitle: Deck ${id}\n---\n# Pods\n\n- **Pod** — ${podBack}\n${more}`;

test("an author writes a deck and watches the cards appear, with problems at their lines", async ({ page }) => {
  await signUpNewLearner(page, "Author");
  await page.goto("/decks");
  await page.getByRole("link", { name: "New deck" }).click();
  await expect(page).toHaveURL(/\/decks\/new$/);
  await replaceMarkdown(page, "---\ntitle: Scheduling\nid: Bad Id\n---\n# Scheduler\n\n- **Taint** — repels pods from a node\n");
  const preview = page.getByRole("list", { name: "Card preview" });
  await expect(preview.getByTestId("preview-card")).toHaveCount(1);
  await expect(preview.getByTestId("preview-card").first()).toContainText("Taint");
  await expect(preview.getByTestId("preview-line")).toHaveText("7");
  await expect(page.getByRole("list", { name: "Problems" })).toContainText('Line 3: front matter "id" must be lower-case');
  await expect(page.getByRole("button", { name: "Create deck" })).toBeDisabled();

  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n\nQ: What does a toleration do?\nA: It lets a pod onto a tainted node.\n");
  await expect(preview.getByTestId("preview-card")).toHaveCount(2);
  await expect(preview.getByTestId("preview-kind").nth(1)).toHaveText("qa");
  await replaceMarkdown(page, "---\ntitle: Scheduling\nid: scheduling\n---\n# Scheduler\n\n- **Taint** — repels pods from a node\n");
  await expect(page.getByRole("list", { name: "Problems" })).toHaveCount(0);
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page).toHaveURL(/\/decks\/[^/]+\/edit\?created=1$/);
  await expect(page.getByTestId("editor-status")).toContainText("Revision 1 · 1 cards");
});

test("saving an edited back keeps the learner's progress on that card", async ({ page }) => {
  await signUpNewLearner(page, "Keeper");
  await page.goto("/decks");
  const created = await api<{ id: string }>(page, "POST", "/api/v1/decks", { markdown: deck("keep", "the smallest deployable unit") });
  const before = await api<{ cards: { id: string }[] }>(page, "GET", `/api/v1/decks/${created.id}`);
  const cardId = before.cards[0]?.id ?? "";

  await page.goto(`/study?deck=${created.id}`);
  await studyKeysReady(page);
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");

  await page.goto(`/decks/${created.id}/edit`);
  await replaceMarkdown(page, deck("keep", "one or more containers that share a network namespace"));
  await expect(page.getByRole("list", { name: "Card preview" })).toContainText("one or more containers that share a network namespace");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved revision 2" })).toHaveText("Saved revision 2: 0 added, 1 changed, 0 retired, 0 kept.");

  const after = await api<{ cards: { id: string }[] }>(page, "GET", `/api/v1/decks/${created.id}`);
  expect(after.cards.map((card) => card.id)).toEqual([cardId]);
  await page.goto(`/cards/${cardId}`);
  await expect(page.getByText("one or more containers that share a network namespace")).toBeVisible();
  await expect(page.getByTestId("card-facts")).toContainText("Reviews1");
  await expect(page.getByRole("region", { name: "Review history" }).getByRole("row")).toHaveCount(2);
});

test("an author compares two revisions and restores the old one, and the removed card returns", async ({ page }) => {
  await signUpNewLearner(page, "Restorer");
  await page.goto("/decks");
  const created = await api<{ id: string }>(page, "POST", "/api/v1/decks", { markdown: deck("restore", "a unit", "- **Node** — a machine\n") });
  await api(page, "PUT", `/api/v1/decks/${created.id}`, { markdown: deck("restore", "a unit"), baseRevision: 1 });

  await page.goto(`/decks/${created.id}/edit`);
  await expect(page.getByTestId("editor-status")).toContainText("Revision 2 · 1 cards");
  await expect(page.getByTestId("revision-row")).toHaveCount(2);
  await page.getByRole("button", { name: "Show differences" }).click();
  await expect(page.getByTestId("revision-diff")).toContainText("- - **Node** — a machine");

  await page.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored revision 1" })).toContainText("1 added (1 restored with their history), 0 changed, 0 retired, 1 kept.");
  await expect(page.getByTestId("editor-status")).toContainText("Revision 3 · 2 cards");
  await expect(page.getByRole("list", { name: "Card preview" })).toContainText("a machine");
  await expect(page.getByTestId("revision-row")).toHaveCount(3);
  await expect(page.getByTestId("revision-row").first()).toContainText("restored revision 1");
});
