import { expect, test } from "@playwright/test";
import { runInTerminal, signUpNewLearner } from "./helpers";

test("a manifest scenario solved at its terminal: the terminal's code loads on opening the tab, Reset starts over, Submit replays the commands", async ({ page }) => {
  await signUpNewLearner(page, "Operator");
  await page.goto("/scenarios/expose-web");
  await expect(page.locator(".cm-content")).toContainText("# The task needs:");
  await expect(page.getByTestId("kubectl-terminal")).toHaveCount(0);

  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  // The tabs follow the WAI-ARIA pattern: the arrow keys move between them.
  await page.getByRole("tab", { name: "Manifests" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Terminal" })).toHaveAttribute("aria-selected", "true");
  const terminal = page.getByTestId("kubectl-terminal");
  await expect(terminal).toContainText("controlplane:~$");
  expect(scripts.length, "the terminal, engine and shell load when the tab opens").toBeGreaterThan(0);

  await terminal.click();
  await runInTerminal(page, "k create deploy web --image=kubedeck/web:1.0 --replicas=2 --port=8080", "deployment.apps/web created");
  await expect(page.getByTestId("command-count")).toHaveText("1 command recorded");
  await page.getByRole("button", { name: "Reset cluster" }).click();
  await expect(page.getByTestId("command-count")).toHaveText("0 commands recorded");
  await expect(terminal).toContainText("controlplane:~$");
  await terminal.click();
  await runInTerminal(page, "k get deploy", "No resources found in default namespace.");

  await runInTerminal(page, "k create deploy web --image=kubedeck/web:1.0 --replicas=3 --port=8080", "deployment.apps/web created");
  await runInTerminal(page, "k expose deploy web --port=80 --target-port=8080", "service/web exposed");
  await runInTerminal(page, "k create ingress shop --rule='shop.example.com/*=web:80'", "ingress.networking.k8s.io/shop created");
  await expect(page.getByTestId("command-count")).toHaveText("4 commands recorded");

  await page.getByRole("button", { name: "Submit" }).click();
  const result = page.getByRole("region", { name: "Result", exact: true });
  await expect(result.getByRole("heading", { name: "Passed" })).toBeVisible();
  await result.getByText(/Your commands, as grading replayed them \(4\)/).click();
  await expect(result.getByTestId("command-transcript")).toContainText("No resources found in default namespace.");
  await expect(result.getByTestId("time-taken")).toHaveCount(0);
});
