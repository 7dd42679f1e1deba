import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const ORIGINAL = readFileSync(path.resolve("content/scenarios/run-once-job.md"), "utf8");

async function replaceMarkdown(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

test("an instructor publishes a scenario that verifies and sees a draft refused with the reason", async ({ page }) => {
  const stamp = Date.now();
  const id = `e2e-migrate-${stamp}`;
  const title = `Migrate once ${stamp}`;
  const scenario = ORIGINAL.replace("id: run-once-job", `id: ${id}`).replace("title: Run a database migration once", `title: ${title}`);
  await page.goto("/signin?callbackUrl=%2Finstructor");
  await page.getByLabel("Email").fill("instructor@example.com");
  await page.getByLabel("Password").fill("kubedeck-instructor");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Write a scenario" }).click();
  await expect(page).toHaveURL(/\/instructor\/scenarios\/editor$/);

  await replaceMarkdown(page, scenario);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("verification-status")).toHaveText(/^Verified/, { timeout: 30_000 });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toContainText(`Published revision 1: learners see “${id}”`);

  const broken = scenario.replace("  name: migrate\nspec:\n  backoffLimit: 2", "  name: other\nspec:\n  backoffLimit: 2");
  await replaceMarkdown(page, broken);
  await expect(page.getByTestId("verification-status")).toHaveText(/1 problem: it cannot be published yet/, { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "Scenario problems" })).toContainText('Line 40: reference solution "a Job" fails check');
  await page.getByRole("button", { name: "Publish" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Not published" });
  await expect(refusal).toContainText("Not published: it does not verify. Saved as a draft (revision 2).");
  await expect(refusal).toContainText('Line 40: reference solution "a Job" fails check');

  await page.goto("/scenarios");
  await expect(page.getByText(title)).toBeVisible();
});
