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
