import { expect, test } from "@playwright/test";
import { importDeck, signUpNewLearner, studyKeysReady } from "./helpers";

test("a learner studies a couple of cards, then sees the progress page's plots and their tables", async ({ page }) => {
  await signUpNewLearner(page, "Charts");
  await page.goto("/study");
  await expect(page.getByTestId("queue-counts")).toContainText("20 new");
  await studyKeysReady(page);
  for (const [key, left] of [["3", "19 new"], ["4", "18 new"]] as const) {
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    await page.keyboard.press(key);
    await expect(page.getByTestId("queue-counts")).toContainText(left);
  }
  // Both answers saved: the first (Good) is learning, the second (Easy) went straight to review.
  await expect(page.getByTestId("queue-counts")).toContainText("18 new");
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("calendar-heatmap")).toBeVisible();
  await expect(page.getByTestId("activity")).toContainText("2 reviews on 1 day");
  await expect(page.getByTestId("streak")).toContainText("1 day streak");
  for (const id of ["retention", "forecast", "cards", "mastery"]) {
    await expect(page.getByTestId(id).locator("svg.recharts-surface")).toBeVisible();
  }
  await expect(page.getByTestId("scenario-results")).toContainText("No scenario attempts yet");

  const cards = page.getByTestId("cards");
  await cards.getByText("Show as table").click();
  await expect(cards.getByRole("table")).toBeVisible();
  await expect(cards.getByRole("row", { name: /Learning 1/ })).toBeVisible();
  await expect(cards.getByRole("row", { name: /Review 1/ })).toBeVisible();

  const forecast = page.getByTestId("forecast");
  await forecast.getByText("Show as table").press("Enter");
  await expect(forecast.getByRole("table")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export reviews (CSV)" }).click();
  expect((await download).suggestedFilename()).toBe("kubedeck-reviews.csv");
});

test("settings are saved, survive a reload, and invalid values are explained at the field", async ({ page }) => {
  await signUpNewLearner(page, "Settler");
  await page.goto("/settings");
  const retention = page.getByLabel(/^Desired retention/);
  await expect(retention).toHaveValue("0.90");
  await retention.fill("0.5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Desired retention must be at least 0.70")).toBeVisible();
  await expect(retention).toHaveAttribute("aria-invalid", "true");

  await retention.fill("0.85");
  await page.getByLabel("New cards per day").fill("12");
  await page.getByLabel("Maximum reviews per day").fill("120");
  await page.getByLabel("Search time zones").fill("tokyo");
  await page.getByLabel(/^Time zone/).selectOption("Asia/Tokyo");
  await page.getByLabel(/^Leech threshold/).fill("5");
  await page.getByLabel("When a card becomes a leech").selectOption("tag");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("Settings saved");

  await page.reload();
  await expect(page.getByLabel(/^Desired retention/)).toHaveValue("0.85");
  await expect(page.getByLabel("New cards per day")).toHaveValue("12");
  await expect(page.getByLabel("Maximum reviews per day")).toHaveValue("120");
  await expect(page.getByLabel(/^Time zone/)).toHaveValue("Asia/Tokyo");
  await expect(page.getByLabel(/^Leech threshold/)).toHaveValue("5");
  await expect(page.getByLabel("When a card becomes a leech")).toHaveValue("tag");

  await page.getByRole("button", { name: "Optimise my schedule" }).click();
  const optimised = page.getByTestId("optimise-result");
  await expect(optimised).toHaveText(/^It needs 64 more reviews before it can fit your schedule: 0 of the 64 needed so far \(.*\)\. Nothing was changed\.$/);
  await expect(optimised.getByText(/more reviews/)).toHaveCount(1);
});

test("card info shows the card's state and suspends it with the keyboard", async ({ page }) => {
  await signUpNewLearner(page, "Curious");
  const queue = (await (await page.request.get("/api/study")).json()) as { next: { card: { id: string } } | null };
  const cardId = queue.next?.card.id ?? "";
  await page.goto(`/cards/${cardId}`);
  await expect(page.getByRole("heading", { name: "Card info" })).toBeVisible();
  await expect(page.getByTestId("card-facts")).toContainText("Not studied yet");
  await expect(page.getByText("You have not reviewed this card yet.")).toBeVisible();
  await page.getByRole("button", { name: "Suspend" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Suspended");
  await expect(page.getByRole("button", { name: "Unsuspend" })).toBeVisible();
  await expect(page.getByTestId("card-facts")).toContainText("suspended");
  await page.goto("/cards/no-such-card");
  await expect(page.getByRole("heading", { name: /404/ })).toBeVisible();
});

test("mastery labels are deck names only, cut to fit with the full name on hover, and never overlap", async ({ page }) => {
  await signUpNewLearner(page, "Charter");
  const long = "Kubernetes networking, storage and everything in between";
  await importDeck(page, long, "## A heading that is not a deck\n- **Pod** - smallest unit\n");
  await page.goto("/progress");
  const labels = page.getByTestId("mastery").getByTestId("axis-label");
  await expect(labels.first()).toBeVisible();
  const texts = await labels.allTextContents();
  expect(texts.some((text) => text.includes("A heading that is not a deck"))).toBe(false);
  const cut = labels.filter({ hasText: "Kubernetes networking" });
  await expect(cut.locator("title")).toHaveText(long);
  expect((await cut.textContent())?.endsWith("…")).toBe(true);
  const boxes = (await Promise.all((await labels.all()).map((label) => label.boundingBox()))).filter((box) => box !== null);
  const chart = await page.getByTestId("mastery").getByTestId("bar-chart").boundingBox();
  for (const [index, box] of boxes.entries()) {
    expect(box.x).toBeGreaterThanOrEqual((chart?.x ?? 0) - 1);
    for (const other of boxes.slice(index + 1)) {
      const apart = box.y + box.height <= other.y + 0.5 || other.y + other.height <= box.y + 0.5;
      expect(apart, "two axis labels overlap").toBe(true);
    }
  }
});
