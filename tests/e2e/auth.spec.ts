import { expect, test } from "@playwright/test";

const password = "e2e-password-123";

test("a visitor signs up, sees their name and role, signs out, and signs back in", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.com`;

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);

  await page.goto("/signup");
  await page.getByLabel("Name").fill("Grace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Password must be at least 8 characters long.").first()).toBeVisible();

  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("current-user")).toContainText("Grace");
  await expect(page.getByTestId("current-user")).toContainText("learner");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is wrong.")).toBeVisible();

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Welcome, Grace" })).toBeVisible();
});

test("the demo instructor reaches the instructor area and a learner does not", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Finstructor");
  await page.getByLabel("Email").fill("instructor@example.com");
  await page.getByLabel("Password").fill("kubedeck-instructor");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/instructor$/);
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin?callbackUrl=%2Finstructor");
  await page.getByLabel("Email").fill("learner@example.com");
  await page.getByLabel("Password").fill("kubedeck-learner");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/forbidden\?needs=instructor/);
  await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
});
