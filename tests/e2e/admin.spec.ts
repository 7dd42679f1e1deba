import { expect, test, type Page } from "@playwright/test";
import { createUser } from "@/lib/server/create-user";
import { createPrismaClient } from "@/lib/server/prisma-client";

/** An admin disables a learner on /admin, the learner is told at sign-in, and enabling lets them back in. */
const password = "e2e-password-123";

async function account(role: "admin" | "learner"): Promise<string> {
  const email = `e2e-${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const db = createPrismaClient();
  try {
    await createUser(db, { email, password, role, name: `E2E ${role}` });
  } finally {
    await db.$disconnect();
  }
  return email;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin disables and enables a learner from /admin", async ({ page, browser }) => {
  const admin = await account("admin");
  const learner = await account("learner");

  await signIn(page, admin);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();
  const row = page.getByTestId(`account-${learner}`);
  await expect(row).toContainText("active");
  await row.getByRole("button", { name: `Disable ${learner}` }).click();
  await expect(row).toContainText("disabled");

  const other = await browser.newPage();
  await signIn(other, learner);
  await expect(other.getByText("This account is disabled. Ask an administrator")).toBeVisible();
  await expect(other).toHaveURL(/\/signin/);

  await row.getByRole("button", { name: `Enable ${learner}` }).click();
  await expect(row).toContainText("active");
  await row.getByLabel(`Role of ${learner}`).selectOption("instructor");
  await expect(row.getByLabel(`Role of ${learner}`)).toHaveValue("instructor");

  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/dashboard$/);
  await expect(other.getByTestId("current-user")).toContainText("instructor");
  await other.close();
});
