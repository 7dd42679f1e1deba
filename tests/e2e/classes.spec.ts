import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { exposeWebAnswer } from "../fixtures/expose-web-answer";
import { signUpNewLearner, studyKeysReady } from "./helpers";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signInAsDemoInstructor(page: Page): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@example.com");
  await page.getByLabel("Password").fill("kubedeck-instructor");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText("instructor");
}

async function assign(page: Page, label: string, due?: string): Promise<void> {
  await page.getByRole("combobox", { name: "Deck or scenario" }).selectOption({ label });
  if (due) await page.getByLabel("Due (optional)").fill(due);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByTestId("assignment-list")).toContainText(label);
}

async function joinByLink(page: Page, link: string, className: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByTestId("privacy-notice")).toContainText("They never see your own decks");
  await page.getByRole("button", { name: `Join ${className}` }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("assignments")).toContainText(`Why Kubernetes from ${className}`);
}

/** Studies the first two new cards of "Why Kubernetes" with the given ratings (keys 1–4). */
async function studyTwo(page: Page, first: string, second: string): Promise<void> {
  await page.goto("/decks");
  await page.getByRole("link", { name: "Why Kubernetes" }).click();
  await page.getByRole("link", { name: "Study this deck" }).click();
  await studyKeysReady(page);
  await page.keyboard.press("Space");
  await page.keyboard.press(first);
  await expect(page.getByTestId("queue-counts")).toContainText("19 new");
  await page.keyboard.press("Space");
  await page.keyboard.press(second);
  await expect(page.getByTestId("queue-counts")).toContainText("18 new");
}

async function submitAnswer(page: Page, answer: string, outcome: "Passed" | "Not passed yet"): Promise<void> {
  await page.goto("/scenarios/expose-web");
  const editor = page.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(answer);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("region", { name: "Result", exact: true }).getByRole("heading", { name: outcome })).toBeVisible();
}

test("an instructor's class: assign, two learners join by link, one passes and one fails twice, the class page shows why", async ({ browser }) => {
  const instructor = await newPage(browser);
  await signInAsDemoInstructor(instructor);
  const className = `CKA prep ${Date.now()}`;
  await instructor.goto("/instructor");
  await instructor.getByLabel("Class name").fill(className);
  await instructor.getByRole("button", { name: "Create class" }).click();
  await expect(instructor).toHaveURL(/\/instructor\/classes\/[^/]+$/);
  await assign(instructor, "Why Kubernetes", "2030-01-31");
  await assign(instructor, "Expose a web app through an Ingress");
  const link = (await instructor.getByTestId("join-link").getAttribute("href")) ?? "";
  expect(link).toMatch(/^\/join\/[A-Z0-9]{8}$/);

  const ada = await newPage(browser);
  await signUpNewLearner(ada, "Ada");
  await joinByLink(ada, link, className);
  await studyTwo(ada, "3", "3");
  await submitAnswer(ada, exposeWebAnswer(), "Passed");

  const bo = await newPage(browser);
  await signUpNewLearner(bo, "Bo");
  await joinByLink(bo, link, className);
  await studyTwo(bo, "1", "1");
  await submitAnswer(bo, exposeWebAnswer("shop-web"), "Not passed yet");
  await submitAnswer(bo, exposeWebAnswer("shop-web"), "Not passed yet");
  await bo.goto("/dashboard");
  await expect(bo.getByTestId("assignments")).toContainText("2 / ");

  await instructor.reload();
  const learners = instructor.getByTestId("learners-table");
  await expect(learners.getByRole("row").filter({ hasText: /^Ada/ })).toContainText("passed");
  await expect(learners.getByRole("row").filter({ hasText: /^Bo/ })).toContainText("failing · 2 attempts");
  await expect(instructor.getByTestId("hardest-cards").getByRole("listitem").first()).toContainText("Again on 50 % of 2 answers");
  const misconceptions = instructor.getByTestId("misconceptions");
  await expect(misconceptions).toContainText("1 of 2 learners passed");
  await expect(misconceptions).toContainText("1 of 2 learners failed");
  await expect(misconceptions).toContainText("app=shop-web");

  const download = instructor.waitForEvent("download");
  await instructor.getByTestId("csv-link").click();
  const csv = await readFile((await (await download).path()) ?? "", "utf8");
  const rows = csv.trimEnd().split("\r\n");
  expect(rows[0]).toMatch(/^userId,name,email,lastActiveAt,reviews7d,reviews30d,retention30d,cardsIntroduced,cardsAssigned,dueNow,expose-web passed/);
  expect(rows).toHaveLength(3);
  expect(rows.find((row) => row.includes(",Bo,"))).toMatch(/,no,2,0$/);
  expect(rows.find((row) => row.includes(",Ada,"))).toMatch(/,yes,1,0$/);
});
