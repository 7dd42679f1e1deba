import { expect, test } from "@playwright/test";
import { signUpNewLearner } from "./helpers";

test("a learner creates and exposes a deployment at the playground terminal", async ({ page }) => {
  await signUpNewLearner(page, "Terminal");
  await page.getByRole("link", { name: "Playground" }).click();
  const terminal = page.getByTestId("kubectl-terminal");
  await expect(terminal).toContainText("controlplane:~$");
  await terminal.click();
  await page.keyboard.type("k create deploy web --image=nginx --replicas=2\r");
  await expect(terminal).toContainText("deployment.apps/web created");
  await page.keyboard.type("k get deploy\r");
  await expect(terminal).toContainText("2/2");
  await page.keyboard.type("k scale deploy web --replica=3\r");
  await expect(terminal).toContainText("error: unknown flag: --replica");
  await page.keyboard.type("cat <<EOF | k apply -f -\rapiVersion: v1\rkind: ConfigMap\rmetadata:\r  name: app\rEOF\r");
  await expect(terminal).toContainText("configmap/app created");
});
