import { expect, test } from "@playwright/test";
import { exposeWebAnswer } from "../fixtures/expose-web-answer";
import { signUpNewLearner } from "./helpers";

test("a learner writes a wrong answer, reads the explanation, fixes it and passes", async ({ page }) => {
  await signUpNewLearner(page, "Operator");
  await page.goto("/scenarios");
  await page.getByRole("link", { name: /Expose a web app/ }).click();
  await expect(page.getByRole("region", { name: "Starting cluster" })).toContainText("worker-3");

  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("Control+A"); // the starter's comments
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(exposeWebAnswer("shop-web"));
  await page.getByRole("button", { name: "Submit" }).click();
  const result = page.getByRole("region", { name: "Result", exact: true });
  await expect(result.getByRole("heading", { name: "Not passed yet" })).toBeVisible();
  await expect(result).toContainText("app=shop-web");
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems).toContainText("service-selects-no-pods");
  await expect(problems).toContainText("the pods of Deployment web are labelled app=web");
  await expect(page.getByRole("region", { name: "Reference solution" })).toHaveCount(0);

  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(exposeWebAnswer());
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(result.getByRole("heading", { name: "Passed" })).toBeVisible();
  await expect(result.getByText("passed:").first()).toBeVisible();
  await expect(result.getByText("failed:")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Reference solution" })).toBeVisible();

  await page.goto("/scenarios");
  await expect(page.getByTestId("scenario-item").filter({ hasText: "Expose a web app" })).toContainText("Passed");
});
