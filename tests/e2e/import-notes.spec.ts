import { expect, test } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

const NOTES = `## Kubernetes components
- **Pod** - Smallest unit of K8s, wraps one or more containers
- **Service** - A permanent IP address attached to a set of pods
- **Ingress** - Routes HTTP from outside the cluster to services
- **Deployment** - 

Q: What stores the cluster state?
A: etcd, a key-value store.
`;

test("a learner pastes notes, unchecks a card, saves, and finds the new deck with the right cards", async ({ page }) => {
  await signUpNewLearner(page, "Importer");
  await page.goto("/decks");
  await page.getByRole("link", { name: "Import my notes" }).click();
  await expect(page).toHaveURL(/\/decks\/import$/);

  await page.getByLabel("Your notes").fill(NOTES);
  await page.getByRole("button", { name: "Find cards" }).click();
  const preview = page.getByRole("region", { name: "Cards found" });
  await expect(preview.getByTestId("preview-card")).toHaveCount(4);
  await expect(preview).toContainText("line 2");
  await expect(preview.getByText("Deployment")).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Keep card: Ingress" }).uncheck();
  await page.getByLabel("Back of card from line 2").fill("Edited: one or more containers scheduled together");
  await expect(page.getByRole("heading", { name: "4 cards found · 3 kept" })).toBeVisible();
  await page.getByLabel("Deck title").fill("My component notes");
  await page.getByRole("button", { name: "Save 3 cards as a deck" }).click();

  await expect(page.getByRole("heading", { name: "My component notes" })).toBeVisible();
  const cards = page.getByTestId("deck-card");
  await expect(cards).toHaveCount(3);
  await expect(page.getByText("Edited: one or more containers scheduled together")).toBeVisible();
  await expect(page.getByText("Smallest unit of K8s, wraps one or more containers")).toHaveCount(0);
  await expect(page.getByText("etcd, a key-value store.")).toBeVisible();
  await expect(page.getByText("Routes HTTP from outside the cluster")).toHaveCount(0);

  await page.goto("/decks");
  await expect(page.getByRole("link", { name: "My component notes" })).toBeVisible();
});

test("a binary upload is refused with a clear message and the pasted text is kept", async ({ page }) => {
  await signUpNewLearner(page, "Uploader");
  await page.goto("/decks/import");
  await page.getByLabel("Your notes").fill("- **Pod** - smallest unit");
  await page.locator('input[type="file"]').setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
  await expect(page.getByText("photo.png looks like a binary file, not text")).toBeVisible();
  await expect(page.getByLabel("Your notes")).toHaveValue("- **Pod** - smallest unit");
});

test("the import page shows which note styles become cards, links the full guide, and preview boxes grow with their text", async ({ page }) => {
  await signUpNewLearner(page, "Reader");
  await page.goto("/decks/import");
  const guide = page.getByRole("complementary", { name: "Which notes become cards" });
  await expect(guide).toContainText("- **Pod** — the smallest deployable unit");
  await expect(guide).toContainText("a question-and-answer card");
  const long = "A PersistentVolumeClaim asks for storage of a size and access mode; the control plane binds it to a matching PersistentVolume, or a StorageClass provisions one, and the Pod mounts the claim by name so it never needs to know where the disk lives.";
  await page.getByLabel("Your notes").fill(`- **PVC** — ${long}\n`);
  await page.getByRole("button", { name: "Find cards" }).click();
  const back = page.getByLabel("Back of card from line 1");
  await expect(back).toHaveValue(long);
  const { scrollHeight, clientHeight } = await back.evaluate((element) => ({ scrollHeight: element.scrollHeight, clientHeight: element.clientHeight }));
  expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 1);

  await guide.getByRole("link", { name: "The full guide to note styles" }).click();
  await expect(page.getByRole("heading", { name: "Which notes become cards" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "cloze: fill in the blank" })).toBeVisible();
});
