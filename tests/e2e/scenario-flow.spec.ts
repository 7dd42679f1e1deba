import { expect, test, type Page } from "@playwright/test";
import { exposeWebAnswer } from "../fixtures/expose-web-answer";
import { signUpNewLearner } from "./helpers";

async function replaceAnswer(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

const BROKEN = exposeWebAnswer().replace("replicas: 3", "replicas: -1").replace("image: kubedeck/web:1.0", "imagePullPolicy: Always").replace("labels: { app: web }", "labels: { app: other }");

test("before the first submit the checks and a starter are shown; a rejected document is counted once; the result takes focus and leads on", async ({ page }) => {
  await signUpNewLearner(page, "Checker");
  await page.goto("/scenarios/expose-web");
  await expect(page).toHaveTitle(/Expose a web app/);
  const checks = page.getByRole("region", { name: "What will be checked" });
  await expect(checks.getByRole("listitem").first()).toBeVisible();
  expect(await checks.getByRole("listitem").count()).toBeGreaterThan(0);
  await expect(page.locator(".cm-content")).toContainText("# The task needs:");
  await expect(page.locator(".cm-content")).toContainText('Deployment "web"');

  await replaceAnswer(page, BROKEN);
  await page.getByRole("button", { name: "Submit" }).click();
  const result = page.getByRole("region", { name: "Result", exact: true });
  await expect(result).toBeFocused();
  await expect(result).toBeInViewport();
  const rejected = page.getByTestId("rejected-documents");
  await expect(rejected).toContainText("The API server rejected 1 document:");
  await expect(rejected).toContainText("spec.replicas: Invalid value");
  await expect(rejected).not.toContainText("spec.replicas: spec.replicas");
  await expect(checks).toHaveCount(0);

  const next = page.getByRole("link", { name: /^Next scenario: / });
  await expect(next).toBeVisible();
  await next.click();
  await expect(page).not.toHaveURL(/\/scenarios\/expose-web$/);
  await expect(page.getByRole("region", { name: "What will be checked" })).toBeVisible();
});

test("a revealed hint survives a reload and counts toward the attempt", async ({ page }) => {
  await signUpNewLearner(page, "Hinter");
  await page.goto("/scenarios/expose-web");
  await page.getByRole("button", { name: /^Show a hint \(3 left\)/ }).click();
  const hints = page.getByRole("list", { name: "Hints" });
  await expect(hints.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /^Show a hint \(2 left\)/ })).toBeVisible();
  // The count is saved in the background: wait until a fresh page shows it.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("list", { name: "Hints" }).getByRole("listitem")).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: /^Show a hint \(2 left\)/ })).toBeVisible();
});
