import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** A JSON call from inside the page (same origin, the cookie session), as the app's own scripts make it. */
async function api<T>(page: Page, method: string, url: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return (await response.json()) as T;
    },
    { method, url, body },
  );
}

test("an instructor shares a private deck with a class in the deck editor; a learner who joins with the code sees it named by the class", async ({ browser }) => {
  const instructor = await newPage(browser);
  await instructor.goto("/signin");
  await instructor.getByLabel("Email").fill("instructor@example.com");
  await instructor.getByLabel("Password").fill("kubedeck-instructor");
  await instructor.getByRole("button", { name: "Sign in" }).click();
  await expect(instructor.getByTestId("current-user")).toContainText("instructor");
  const stamp = Date.now();
  const className = `Sharing ${stamp}`;
  await instructor.goto("/instructor");
  await instructor.getByLabel("Class name").fill(className);
  await instructor.getByRole("button", { name: "Create class" }).click();
  await expect(instructor).toHaveURL(/\/instructor\/classes\/[^/]+$/);
  const link = (await instructor.getByTestId("join-link").getAttribute("href")) ?? "";
  const markdown = `---\nid: shared-${stamp}\ntitle: Class deck ${stamp}\n---\n# Pods\n\n- **Pod** — the smallest deployable unit\n`;
  const { id } = await api<{ id: string }>(instructor, "POST", "/api/v1/decks", { markdown });

  await instructor.goto(`/decks/${id}/edit`);
  const details = instructor.getByRole("form", { name: "Deck details" });
  await details.getByRole("combobox", { name: "Visibility" }).selectOption("classes");
  const picker = details.getByRole("group", { name: "Share with these classes" });
  await expect(picker).toContainText("Tick at least one class.");
  await picker.getByRole("checkbox", { name: className }).check();
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText(/^Details saved/);
  await instructor.reload();
  await expect(instructor.getByRole("form", { name: "Deck details" }).getByRole("checkbox", { name: className })).toBeChecked();

  const learner = await newPage(browser);
  await signUpNewLearner(learner, "Cleo");
  await learner.goto("/decks");
  await expect(learner.getByRole("link", { name: `Class deck ${stamp}` })).toHaveCount(0);
  // No link at hand: the code typed on the dashboard opens the class's join page.
  await learner.goto("/dashboard");
  const joinForm = learner.getByRole("form", { name: "Join a class" });
  await joinForm.getByLabel("Join code or link").fill(link.replace("/join/", "").toLowerCase());
  await joinForm.getByRole("button", { name: "Open class" }).click();
  await expect(learner).toHaveURL(new RegExp(`${link}$`));
  await learner.getByRole("button", { name: `Join ${className}` }).click();
  await expect(learner).toHaveURL(/\/dashboard$/);
  await learner.goto("/decks");
  const item = learner.getByRole("listitem").filter({ has: learner.getByRole("link", { name: `Class deck ${stamp}` }) });
  await expect(item).toContainText(`Shared with ${className}`);
});
