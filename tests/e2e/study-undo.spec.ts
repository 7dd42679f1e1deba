import { expect, test, type Page } from "@playwright/test";
import { signUpNewLearner, studyKeysReady } from "./helpers";

async function front(page: Page): Promise<string> {
  return (await page.getByRole("article", { name: "Card" }).locator("> div").first().textContent()) ?? "";
}

async function studyDeck(page: Page, title: string): Promise<void> {
  await page.goto("/decks");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("link", { name: "Study this deck" }).click();
  await expect(page).toHaveURL(/\/study\?deck=/);
  await studyKeysReady(page);
}

async function answer(page: Page, key: string, newLeft: number): Promise<void> {
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByTestId("queue-counts")).toContainText(`${newLeft} new`);
}

test("undo reaches only this session's answers, newest first, and says what it undid", async ({ page }) => {
  await signUpNewLearner(page, "Undoer");
  await studyDeck(page, "Why Kubernetes");
  await answer(page, "3", 19);

  // A new session (another deck): the earlier answer is not this session's to undo. (The limit of 20
  // new cards a day is shared by every deck, so 19 are left.)
  await studyDeck(page, "Pods, containers and nodes");
  await expect(page.getByTestId("queue-counts")).toContainText("19 new");
  await expect(page.getByRole("button", { name: /^Undo/ })).toBeDisabled();
  await page.keyboard.press("z");
  await expect(page.getByTestId("study-toast")).toHaveText("Nothing to undo in this session yet.");
  await expect(page.getByTestId("queue-counts")).toContainText("19 new");

  const first = await front(page);
  await answer(page, "3", 18);
  const second = await front(page);
  await answer(page, "1", 17);
  await page.keyboard.press("z");
  await expect(page.getByTestId("study-toast")).toHaveText(`Undid Again on '${second}'.`);
  await expect(page.getByTestId("queue-counts")).toContainText("18 new");
  await page.keyboard.press("z");
  await expect(page.getByTestId("study-toast")).toHaveText(`Undid Good on '${first}'.`);
  await expect(page.getByTestId("queue-counts")).toContainText("19 new");
  expect(await front(page)).toBe(first);
  await page.keyboard.press("z");
  await expect(page.getByTestId("study-toast")).toHaveText("Nothing to undo in this session yet.");

  // The first session's answer is still recorded.
  await studyDeck(page, "Why Kubernetes");
  await expect(page.getByTestId("queue-counts")).toContainText("19 new");
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");
});

test("bury and suspend confirm with a toast, and Undo or Z brings the card back", async ({ page }) => {
  await signUpNewLearner(page, "Burier");
  await studyDeck(page, "Why Kubernetes");
  const first = await front(page);
  await page.getByRole("button", { name: "Bury until tomorrow" }).click();
  const toast = page.getByTestId("study-toast");
  await expect(toast).toContainText(`Buried '${first}' until tomorrow.`);
  expect(await front(page)).not.toBe(first);
  await toast.getByRole("button", { name: /Undo/ }).click();
  await expect(toast).toHaveText(`Undid bury of '${first}'.`);
  await expect(page.getByTestId("queue-counts")).toContainText("20 new");
  expect(await front(page)).toBe(first);

  await page.getByRole("button", { name: "Suspend" }).click();
  await expect(toast).toContainText(`Suspended '${first}'`);
  expect(await front(page)).not.toBe(first);
  await page.keyboard.press("z");
  await expect(toast).toHaveText(`Undid suspend of '${first}'.`);
  expect(await front(page)).toBe(first);
  await page.reload();
  await studyKeysReady(page);
  expect(await front(page)).toBe(first);
});

test("after revealing, focus sits on Good and Space rates Good; a skip link reaches the card in one Tab", async ({ page }) => {
  await signUpNewLearner(page, "Focus");
  await studyDeck(page, "Why Kubernetes");
  await page.reload(); // a fresh page load: the first Tab stop
  await studyKeysReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the card" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("article", { name: "Card" })).toBeFocused();

  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: /^Good, next review/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");
  await expect(page.getByRole("button", { name: /^Show answer/ })).toBeFocused();
  // Keys work with focus anywhere on the page, e.g. on a navigation link.
  await page.getByRole("link", { name: "Progress" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await page.getByRole("link", { name: "Progress" }).focus();
  await page.keyboard.press("Enter"); // a focused link follows itself: no rating
  await expect(page).toHaveURL(/\/progress$/);
});
