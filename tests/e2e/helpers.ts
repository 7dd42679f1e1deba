import { expect, type Page } from "@playwright/test";

/** Signs up a brand-new learner through the UI, so each test starts with a clean history. */
export async function signUpNewLearner(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("e2e-password-123");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return email;
}

/** Waits until the study page's keyboard shortcuts work (the page is hydrated), so no key press is lost. */
export async function studyKeysReady(page: Page): Promise<void> {
  await expect(page.getByTestId("study")).toHaveAttribute("data-keys-ready", "true");
}

/** Imports notes as a private deck through the import page; ends on the new deck's page. */
export async function importDeck(page: Page, title: string, notes: string): Promise<void> {
  await page.goto("/decks/import");
  await page.getByLabel("Your notes").fill(notes);
  await page.getByRole("button", { name: "Find cards" }).click();
  await page.getByLabel("Deck title").fill(title);
  await page.getByRole("button", { name: /^Save \d+ cards? as a deck/ }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
}

/** Types one command line at the focused terminal (xterm) and waits for what it prints. */
export async function runInTerminal(page: Page, line: string, prints: string | RegExp): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("kubectl-terminal")).toContainText(prints);
}
