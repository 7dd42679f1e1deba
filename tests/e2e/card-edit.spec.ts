import { expect, test } from "@playwright/test";
import { importDeck, signUpNewLearner } from "./helpers";

const NOTES = `# Pods

- **Pod** — the smallest deployable unit
- **Node** — a machine that runs pods
`;

test("a learner edits a card's text in the card browser, tags it, and a stale page is refused", async ({ page, context }) => {
  await signUpNewLearner(page, "Editor");
  const title = `Edit in place ${Date.now()}`;
  await importDeck(page, title, NOTES);
  const deckId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.goto(`/cards?deck=${deckId}`);
  await expect(page.getByTestId("card-total")).toHaveText("2 cards match");

  // A second tab loads the same deck revision before the first one saves.
  const stale = await context.newPage();
  await stale.goto(`/cards?deck=${deckId}`);
  await expect(stale.getByRole("button", { name: "Edit text of Pod", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Edit text of Node", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit card Node" });
  await form.getByLabel("Back").fill("a worker machine of the cluster");
  await form.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as revision" })).toHaveText(/^Saved as revision \d+: 0 added, 1 changed, 0 retired, 1 kept\.$/);

  await page.getByRole("checkbox", { name: "Select Node", exact: true }).check();
  await page.getByLabel("Tag for the selected cards").fill("exam");
  await page.getByRole("button", { name: "Add tag", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "add-tag" })).toHaveText("add-tag: 1 card done.");
  await page.goto(`/cards?deck=${deckId}&tag=exam`);
  await expect(page.getByTestId("card-total")).toHaveText("1 card match");
  await expect(page.getByTestId("card-tags")).toHaveText("exam");
  await page.getByRole("link", { name: "Node", exact: true }).click();
  await expect(page.getByText("a worker machine of the cluster")).toBeVisible();

  await stale.getByRole("button", { name: "Edit text of Pod", exact: true }).click();
  const staleForm = stale.getByRole("form", { name: "Edit card Pod" });
  await staleForm.getByLabel("Back").fill("one or more containers");
  await staleForm.getByRole("button", { name: "Save card" }).click();
  await expect(stale.getByRole("alert").filter({ hasText: "changed since this page loaded" })).toContainText("Reload the page and make your edit again.");
});

test("a learner rewords a card's front on its info page and the card keeps its id", async ({ page }) => {
  await signUpNewLearner(page, "Reworder");
  await importDeck(page, `Reword ${Date.now()}`, NOTES);
  const deckId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.goto(`/cards?deck=${deckId}`);
  await page.getByRole("link", { name: "Pod", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Card info" })).toBeVisible();
  const infoUrl = page.url();

  await page.getByRole("button", { name: "Edit text of Pod", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit card Pod" });
  await form.getByLabel("Front").fill("Pod (workload)");
  await form.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as revision" })).toHaveText(/^Saved as revision \d+: 0 added, 1 changed, 0 retired, 1 kept\.$/);
  await page.goto(infoUrl);
  await expect(page.getByText("Pod (workload)", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit text of Pod (workload)", exact: true })).toBeVisible();
});
