import { expect, test, type Page } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

async function typeLines(page: Page, ...lines: string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press("Enter");
  }
}

test("a learner creates and exposes a deployment at the playground terminal", async ({ page }) => {
  await signUpNewLearner(page, "Terminal");
  await page.getByRole("link", { name: "Playground" }).click();
  const terminal = page.getByTestId("kubectl-terminal");
  await expect(terminal).toContainText("controlplane:~$");
  await terminal.click();
  await typeLines(page, "k create deploy web --image=nginx --replicas=2");
  await expect(terminal).toContainText("deployment.apps/web created");
  await typeLines(page, "k get deploy");
  await expect(terminal).toContainText("2/2");
  await typeLines(page, "k scale deploy web --replica=3");
  await expect(terminal).toContainText("error: unknown flag: --replica");
  await typeLines(page, "cat <<EOF | k apply -f -", "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: app", "EOF");
  await expect(terminal).toContainText("configmap/app created");
});

test("kubectl edit and vi open the editor dialog; Save applies, Esc cancels", async ({ page }) => {
  await signUpNewLearner(page, "Editor");
  await page.goto("/playground");
  const terminal = page.getByTestId("kubectl-terminal");
  await expect(terminal).toContainText("controlplane:~$");
  await terminal.click();
  await typeLines(page, "k create deploy web --image=nginx --replicas=2", "k edit deploy web");
  const dialog = page.getByRole("dialog", { name: /kubectl edit: \/tmp\/kubectl-edit-\d+\.yaml/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("# Please edit the object below.");
  await dialog.locator(".cm-line", { hasText: /^\s+replicas: 2$/ }).first().click();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("3");
  await page.keyboard.press("Control+s");
  await expect(dialog).toBeHidden();
  await expect(terminal).toContainText("deployment.apps/web edited");
  await typeLines(page, "k get deploy web");
  await expect(terminal).toContainText("3/3");
  await typeLines(page, "k edit deploy web");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(terminal).toContainText("Edit cancelled, no changes made.");
  await typeLines(page, "vi notes.txt");
  const file = page.getByRole("dialog", { name: "Editing /root/notes.txt" });
  await expect(file).toBeVisible();
  await page.keyboard.type("hello from the editor");
  await file.getByRole("button", { name: "Save" }).click();
  await expect(file).toBeHidden();
  await terminal.click();
  await typeLines(page, "cat notes.txt");
  await expect(terminal).toContainText("hello from the editor");
});
