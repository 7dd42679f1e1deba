import { expect, test } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

test("every page has its own title, and the app has a favicon, an app icon and a manifest", async ({ page }) => {
  await page.goto("/signin");
  await expect(page).toHaveTitle("Sign in · Kubedeck");
  const icon = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  const apple = await page.locator('head link[rel="apple-touch-icon"]').first().getAttribute("href");
  const manifest = await page.locator('head link[rel="manifest"]').getAttribute("href");
  for (const [href, type] of [[icon, "image/svg+xml"], [apple, "image/png"], [manifest, "application/manifest+json"]] as const) {
    expect(href).toBeTruthy();
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
  }

  await signUpNewLearner(page, "Titles");
  const titles: [string, RegExp][] = [
    ["/dashboard", /^Dashboard · Kubedeck$/],
    ["/decks", /^Decks · Kubedeck$/],
    ["/study", /^Study · Kubedeck$/],
    ["/scenarios", /^Scenarios · Kubedeck$/],
    ["/scenarios/expose-web", /^Expose a web app.* · Scenario · Kubedeck$/],
    ["/progress", /^Progress · Kubedeck$/],
    ["/settings", /^Settings · Kubedeck$/],
    ["/decks/import", /^Import my notes · Kubedeck$/],
  ];
  for (const [path, title] of titles) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
  }
  await page.goto("/decks");
  await page.getByRole("link", { name: "Why Kubernetes" }).click();
  await expect(page).toHaveTitle("Why Kubernetes · Deck · Kubedeck");
});
