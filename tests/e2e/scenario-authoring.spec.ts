import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/**
 * Live verification runs in a Web Worker; in the built app the worker used to die at start-up
 * (a Markdown dependency's DOM build needs `document`), so the status stayed "Verifying…".
 */
const ORIGINAL = readFileSync(path.resolve("content/scenarios/run-once-job.md"), "utf8");

function scenarioMarkdown(id: string, title: string): string {
  return ORIGINAL.replace("id: run-once-job", `id: ${id}`).replace("title: Run a database migration once", `title: ${title}`);
}

async function replaceMarkdown(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

async function openNewScenario(page: Page): Promise<void> {
  await page.goto("/instructor/scenarios/editor");
  await expect(page.getByRole("heading", { name: "New scenario" })).toBeVisible();
}

test("an instructor publishes a scenario that verifies and sees a draft refused with the reason", async ({ page }) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const published = { id: `e2e-migrate-${stamp}`, title: `Migrate once ${stamp}` };
  const draft = { id: `e2e-draft-${stamp}`, title: `Draft migration ${stamp}` };
  await page.goto("/signin?callbackUrl=%2Finstructor");
  await page.getByLabel("Email").fill("instructor@example.com");
  await page.getByLabel("Password").fill("kubedeck-instructor");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Write a scenario" }).click();
  await expect(page).toHaveURL(/\/instructor\/scenarios\/editor$/);

  await replaceMarkdown(page, scenarioMarkdown(published.id, published.title));
  await expect(page.getByRole("heading", { name: published.title })).toBeVisible();
  await expect(page.getByTestId("verification-status")).toHaveText(/^Verified/, { timeout: 30_000 });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toContainText(`Published revision 1: learners see “${published.id}”`);
  await page.goto("/scenarios");
  await expect(page.getByText(published.title)).toBeVisible();

  // The reference solution's Job is renamed, so check job-succeeded (Job "migrate") fails.
  const broken = scenarioMarkdown(draft.id, draft.title).replace("  name: migrate\nspec:\n  backoffLimit: 2", "  name: other\nspec:\n  backoffLimit: 2");
  await openNewScenario(page);
  await replaceMarkdown(page, broken);
  await expect(page.getByRole("heading", { name: draft.title })).toBeVisible();
  await expect(page.getByTestId("verification-status")).toHaveText(/1 problem: it cannot be published yet/, { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Scenario problems" })).toContainText('Line 40: reference solution "a Job" fails check job-succeeded');
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as a draft" })).toContainText("Saved as a draft (revision 1).");
  // Publishing the same Markdown verifies it again and refuses it; the draft is not written twice.
  await page.getByRole("button", { name: "Publish" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Not published" });
  await expect(refusal).toContainText("Not published: it does not verify. Saved as a draft (revision 1).");
  await expect(refusal).toContainText('Line 40: reference solution "a Job" fails check job-succeeded');

  await page.goto("/scenarios");
  await expect(page.getByText(published.title)).toBeVisible();
  await expect(page.getByText(draft.title)).toHaveCount(0);
});
