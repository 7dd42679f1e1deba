import { expect, test, type Page } from "@playwright/test";
import { signUpNewLearner, studyKeysReady } from "./helpers";

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
  await studyKeysReady(page);
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

test("Z pressed while an answer is still being saved undoes exactly that answer, and the card returns to its question side", async ({ page }) => {
  await signUpNewLearner(page, "Quick");
  await page.goto("/decks");
  await page.getByRole("link", { name: "Why Kubernetes" }).click();
  await page.getByRole("link", { name: "Study this deck" }).click();
  await expect(page.getByTestId("queue-counts")).toContainText("20 new");
  await studyKeysReady(page);
  const first = await front(page);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await page.keyboard.press("3");
  await page.keyboard.press("z"); // no wait: the answer may not be saved yet
  // The counts read "20 new" while the answer is still saving, so they prove nothing: wait for the undo itself.
  await expect(page.getByTestId("study-toast")).toHaveText(`Undid Good on '${first}'.`);
  await expect(page.getByTestId("card-back")).toBeHidden();
  await expect(page.getByTestId("queue-counts")).toContainText("20 new");
  await expect(page.getByTestId("queue-counts")).toContainText("0 learning");
  expect(await front(page)).toBe(first);
  await page.reload();
  await expect(page.getByTestId("queue-counts")).toContainText("20 new");
  await studyKeysReady(page);
  await expect(page.getByTestId("queue-counts")).toContainText("0 learning");
});

test("a learner studies two decks together", async ({ page }) => {
  await signUpNewLearner(page, "Picker");
  await page.goto("/decks");
  await page.getByRole("checkbox", { name: "Select Why Kubernetes for study" }).check();
  await page.getByRole("checkbox", { name: "Select Storage and volumes for study" }).check();
  await page.getByRole("button", { name: "Study 2 selected decks" }).click();
  await expect(page).toHaveURL(/\/study\?deck=[^&]+&deck=[^&]+$/);
  await expect(page.getByTestId("queue-counts")).toContainText("20 new");
  await studyKeysReady(page);
  const decksSeen = new Set<string>();
  for (let i = 0; i < 12; i += 1) {
    decksSeen.add(((await page.getByRole("article", { name: "Card" }).locator("p").first().textContent()) ?? "").split("·")[0]?.trim() ?? "");
    await page.keyboard.press("Space");
    const choice = page.getByRole("list", { name: "Choices" });
    if (await choice.isVisible()) {
      await page.keyboard.press("1");
      await page.keyboard.press("Enter"); // the pick's grade: Good when right, Again when wrong
    } else {
      await expect(page.getByTestId("card-back")).toBeVisible();
      await page.keyboard.press("3");
    }
    await expect(page.getByTestId("queue-counts")).toContainText(`${19 - i} new`);
  }
  expect([...decksSeen].every((title) => ["WHY KUBERNETES", "STORAGE AND VOLUMES", "Why Kubernetes", "Storage and volumes"].includes(title))).toBe(true);
});
