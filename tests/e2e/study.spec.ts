import { expect, test, type Page } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

async function counts(page: Page): Promise<string> {
  return (await page.getByTestId("queue-counts").textContent()) ?? "";
}

async function front(page: Page): Promise<string> {
  return (await page.getByRole("article", { name: "Card" }).locator("> div").first().textContent()) ?? "";
}

test("a learner studies with the keyboard alone (show, rate, undo), reloads, and finds the schedule kept", async ({ page }) => {
  await signUpNewLearner(page, "Student");
  await page.goto("/decks");
  await page.getByRole("link", { name: "Why Kubernetes" }).click();
  await page.getByRole("link", { name: "Study this deck" }).click();
  await expect(page).toHaveURL(/\/study\?deck=/);
  await expect(page.getByTestId("queue-counts")).toContainText("20 new");
  await expect(page.getByTestId("queue-counts")).toContainText("0 learning");

  const first = await front(page);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good, next review in 10m/ })).toBeVisible();
  await page.keyboard.press("3");
  await expect(page.getByTestId("queue-counts")).toContainText("19 new");
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");

  const second = await front(page);
  expect(second).not.toBe(first);
  await page.keyboard.press("Enter");
  await page.keyboard.press("1");
  await expect(page.getByTestId("queue-counts")).toContainText("2 learning");

  await page.keyboard.press("z");
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");
  expect(await front(page)).toBe(second);
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByTestId("queue-counts")).toContainText("2 learning");
  const before = await counts(page);

  await page.reload();
  await expect(page.getByTestId("queue-counts")).toHaveText(before);
  expect(before).toContain("18 new");
});
