import { expect, test } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

test("a learner suspends a card, finds it in the card browser and unsuspends it", async ({ page }) => {
  await signUpNewLearner(page, "Browser");
  await page.goto("/cards?q=etcd");
  const rows = page.getByTestId("card-row");
  await expect(rows.first()).toBeVisible();
  const front = (await rows.first().getByRole("link").textContent()) ?? "";
  await page.getByRole("checkbox", { name: `Select ${front}`, exact: true }).check();
  await page.getByRole("button", { name: "Suspend", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("suspend: 1 card done.");

  await page.goto("/cards");
  // The select by its name: "State" also occurs in card fronts, which label the row checkboxes.
  await page.locator('select[name="state"]').selectOption("suspended");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/state=suspended/);
  await expect(page.getByTestId("card-total")).toHaveText("1 card match");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId("card-state")).toContainText("suspended");
  await page.getByRole("checkbox", { name: `Select ${front}`, exact: true }).check();
  await page.getByRole("button", { name: "Unsuspend", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("unsuspend: 1 card done.");
  await expect(page.getByTestId("card-total")).toHaveText("0 cards match");
});
