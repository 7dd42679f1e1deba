import { expect, test } from "@playwright/test";
import { importDeck, signUpNewLearner, studyKeysReady } from "./helpers";

// The right option is always the first, so key 1 is right and key 2 is wrong.
const NOTES = `## Scheduling

\`\`\`quiz
question: Which component picks a node for a new Pod?
options: [kube-scheduler, kubelet]
answer: kube-scheduler
\`\`\`

## Storage

\`\`\`quiz
question: Which object asks for storage?
options: [PersistentVolumeClaim, ConfigMap]
answer: PersistentVolumeClaim
\`\`\`
`;

test("quiz picks are graded: a wrong pick is Again (Hard only as a stated override), a right pick Hard/Good/Easy, and the summary counts both", async ({ page }) => {
  await signUpNewLearner(page, "Quizzer");
  await importDeck(page, "Two quizzes", NOTES);
  await page.getByRole("link", { name: "Study this deck" }).click();
  await studyKeysReady(page);
  const ratings = page.getByRole("group", { name: "How well did you remember?" });

  await page.keyboard.press("2");
  await expect(page.getByTestId("quiz-verdict")).toContainText("Wrong pick");
  await expect(ratings.getByRole("button")).toHaveCount(2);
  await expect(ratings.getByRole("button", { name: /^Again, next review/ })).toBeFocused();
  await expect(ratings.getByRole("button", { name: /^Hard \(override: count my wrong pick as remembered\)/ })).toBeVisible();
  await page.keyboard.press("3"); // Good is not offered after a wrong pick
  await page.keyboard.press("4");
  await expect(page.getByTestId("quiz-verdict")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("queue-counts")).toContainText("1 learning");

  await page.keyboard.press("1");
  await expect(page.getByTestId("quiz-verdict")).toHaveText("Right.");
  await expect(ratings.getByRole("button")).toHaveCount(3);
  await expect(ratings.getByRole("button", { name: /^Again/ })).toHaveCount(0);
  await expect(ratings.getByRole("button", { name: /^Good, next review/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("queue-counts")).toContainText("0 new");
  await expect(page.getByTestId("queue-counts")).toContainText("2 learning");

  // Both come back while learning: answered right and Easy, they graduate.
  for (let left = 2; left > 0; left -= 1) {
    await expect(page.getByTestId("queue-counts")).toContainText(`${left} learning`);
    await page.keyboard.press("1");
    await expect(page.getByTestId("quiz-verdict")).toHaveText("Right.");
    await page.keyboard.press("4");
  }
  const summary = page.getByRole("region", { name: "Session summary" });
  await expect(summary).toContainText("You answered 4 cards this session");
  await expect(page.getByTestId("quiz-score")).toHaveText("Quiz questions: 3 right, 1 wrong.");
  await expect(page.getByTestId("queue-explanation")).toContainText("0 new: every card here has been introduced");

  await page.goto("/decks");
  const deck = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Two quizzes" }) });
  await expect(deck.getByTestId("study-counts")).toHaveText("0 new0 learning0 due");
  const kubernetes = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Why Kubernetes" }) });
  await expect(kubernetes.getByTestId("study-counts")).toHaveText("18 new0 learning0 due");
  await page.goto("/dashboard");
  await expect(page.getByTestId("deck-today").filter({ hasText: "Why Kubernetes" }).getByTestId("study-counts")).toHaveText("18 new0 learning0 due");
});
