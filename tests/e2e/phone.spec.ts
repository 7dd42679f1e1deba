import { expect, test, type Page } from "@playwright/test";
import { exposeWebAnswer } from "../fixtures/expose-web-answer";
import { signUpNewLearner, studyKeysReady } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function noPageScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, "the page must not scroll sideways").toBeLessThanOrEqual(clientWidth);
}

test("on a phone: the menu button opens the navigation, study works by touch with large buttons and no key hints", async ({ page }) => {
  await signUpNewLearner(page, "Thumb");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Decks" })).toBeHidden();
  const menu = page.getByRole("button", { name: "Menu" });
  await menu.tap();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Decks" }).tap();
  await expect(page).toHaveURL(/\/decks$/);
  await expect(nav.getByRole("link", { name: "Decks" })).toBeHidden();
  await noPageScroll(page);

  await page.getByRole("link", { name: "Why Kubernetes" }).tap();
  await page.getByRole("link", { name: "Study this deck" }).tap();
  await studyKeysReady(page);
  await noPageScroll(page);
  const show = page.getByRole("button", { name: /^Show answer/ });
  await expect(show.locator(".key-hint")).toBeHidden();
  await expect(page.getByText(/^Keys: Space or Enter/)).toBeHidden();
  await show.tap();
  const good = page.getByRole("button", { name: /^Good, next review/ });
  await expect(good).toBeVisible();
  for (const button of await page.getByRole("group", { name: "How well did you remember?" }).getByRole("button").all()) {
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
  }
  await expect(good.locator(".key-hint")).toBeHidden();
  await good.tap();
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");
  await noPageScroll(page);
});

test("on a phone: a scenario is written, submitted and read without the page scrolling sideways", async ({ page }) => {
  await signUpNewLearner(page, "Pocket");
  await page.goto("/scenarios/expose-web");
  await noPageScroll(page);
  await page.locator(".cm-content").tap();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(exposeWebAnswer("a-selector-name-long-enough-to-stretch-a-narrow-screen-sideways"));
  await page.getByRole("button", { name: "Submit" }).tap();
  const result = page.getByRole("region", { name: "Result", exact: true });
  await expect(result.getByRole("heading", { name: "Not passed yet" })).toBeVisible();
  await noPageScroll(page);
  const boxes = page.getByTestId("scroll-box");
  expect(await boxes.count()).toBeGreaterThan(0);
});
