import { expect, test } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

test("sign-up shows one message per field: an empty form, then a taken email (as the sign-in form would)", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Email is required.")).toHaveCount(1);
  await expect(page.getByText("Password is required.")).toHaveCount(1);
  await expect(page.getByText(/email: /)).toHaveCount(0);

  const email = await signUpNewLearner(page, "Twice");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("another-e2e-pass-481");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText(/Signing in with this email and password failed/)).toHaveCount(1);
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a signed-in learner visiting /signup or /signin goes to the dashboard", async ({ page }) => {
  await signUpNewLearner(page, "Returning");
  await page.goto("/signup");
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/signin");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test.describe("in Berlin", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("settings offer this device's time zone by default and a searchable list of IANA zones", async ({ page }) => {
    await signUpNewLearner(page, "Berliner");
    await page.goto("/settings");
    const zone = page.getByLabel(/^Time zone/);
    await expect(zone).toHaveValue("Europe/Berlin");
    await expect(page.getByTestId("zone-from-device")).toContainText("Europe/Berlin is this device's time zone");
    await page.getByLabel("Search time zones").fill("new york");
    await expect(zone.locator("option", { hasText: "America/New York" })).toHaveCount(1);
    await expect(zone.locator("option", { hasText: "Asia/Tokyo" })).toHaveCount(0);
    await zone.selectOption("America/New_York");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toContainText("Settings saved");
    await page.reload();
    await expect(zone).toHaveValue("America/New_York");
    await expect(page.getByTestId("zone-from-device")).toHaveCount(0);
  });
});
