import { expect, test } from "@playwright/test";
import { runInTerminal, signUpNewLearner } from "./helpers";

test("a learner exposes web on the wrong port at the terminal, reads why it fails, fixes it with kubectl edit and passes", async ({ page }) => {
  await signUpNewLearner(page, "Examinee");
  await page.goto("/scenarios");
  const task = page.getByRole("link", { name: "Expose a Deployment on another port" });
  await expect(page.getByTestId("scenario-item").filter({ has: task }).getByTestId("command-task")).toHaveText("$ command task · 6 min");
  await task.click();
  await expect(page).toHaveURL(/\/scenarios\/cmd-expose-web$/);

  await expect(page.getByTestId("countdown")).toContainText(/Time left\s*[56]:\d\d/);
  const terminal = page.getByTestId("kubectl-terminal");
  await expect(terminal).toContainText("controlplane:~$");
  await terminal.click();
  await runInTerminal(page, "kubectl expose deployment web --port=8080", "service/web exposed");
  await expect(page.getByTestId("command-count")).toHaveText("1 command recorded");

  await page.getByRole("button", { name: "Submit" }).click();
  const result = page.getByRole("region", { name: "Result", exact: true });
  await expect(result.getByRole("heading", { name: "Not passed yet" })).toBeVisible();
  await expect(result.getByTestId("check-result").filter({ hasText: "failed:" }).first()).toContainText("8080");
  await expect(result.getByTestId("time-taken")).toContainText(/Time taken \d+:\d\d of 6:00/);
  await result.getByText(/Your commands, as grading replayed them \(1\)/).click();
  await expect(result.getByTestId("command-transcript")).toContainText("$ kubectl expose deployment web --port=8080");

  await terminal.click();
  await page.keyboard.type("kubectl edit svc web");
  await page.keyboard.press("Enter");
  const editor = page.getByRole("dialog");
  const content = editor.locator(".cm-content");
  await expect(content).toContainText("targetPort: 8080");
  const text = await content.innerText();
  await content.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text.replace("targetPort: 8080", "targetPort: 80"));
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toBeHidden();
  await expect(terminal).toContainText("service/web edited");
  await expect(page.getByTestId("command-count")).toHaveText("2 commands recorded");

  await page.getByRole("button", { name: "Submit" }).click();
  await expect(result.getByRole("heading", { name: "Passed" })).toBeVisible();
  await expect(result.getByText("failed:")).toHaveCount(0);
  await expect(result.getByTestId("time-taken")).toContainText(/Time taken \d+:\d\d of 6:00/);
  await expect(page.getByRole("region", { name: "Reference solution" })).toContainText("kubectl");
});

test("a command task's clock keeps its start over a reload and counts on past zero, marked over time", async ({ page }) => {
  await signUpNewLearner(page, "Clock");
  await page.goto("/scenarios/cmd-expose-web");
  const clock = page.getByTestId("countdown");
  await expect(clock).toContainText(/Time left\s*[56]:\d\d/);
  const key = "kubedeck:attempt-start:cmd-expose-web";
  const started = await page.evaluate((name) => window.localStorage.getItem(name), key);
  expect(Number(started)).toBeGreaterThan(0);
  await page.reload();
  await expect(clock).toContainText("Time left");
  expect(await page.evaluate((name) => window.localStorage.getItem(name), key)).toBe(started);

  // Seven minutes into the six-minute task.
  await page.evaluate((name) => window.localStorage.setItem(name, String(Date.now() - 7 * 60_000 - 2_000)), key);
  await page.reload();
  await expect(clock).toContainText(/Over time\s*\+1:0\d/);
});
