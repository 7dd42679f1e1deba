import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createBudgetPool } from "@/lib/server/budget/budget-pool";
import type { AttemptGrade, GradeInput } from "@/lib/server/budget/budget-tasks";

// The grading thread as the app runs it (the TypeScript entry loaded through tsx).
const bootstrap = fileURLToPath(new URL("../fixtures/tsx-worker-bootstrap.mjs", import.meta.url));
const pool = createBudgetPool({ entry: bootstrap, workerData: fileURLToPath(new URL("../../lib/server/budget/budget-worker.ts", import.meta.url)), size: 1 });
afterAll(() => pool.close());

const scenarioPath = "content/scenarios/cmd-expose-web.md";
const input = (commands: GradeInput["commands"], files: GradeInput["files"] = []): GradeInput => ({
  scenarioSource: readFileSync(scenarioPath, "utf8"),
  scenarioPath,
  files,
  commands,
  seed: 1,
});
const grade = (commands: GradeInput["commands"], files?: GradeInput["files"]) => pool.run<AttemptGrade>("gradeAnswer", input(commands, files), 20_000);

describe("the gradeAnswer task with commands (in the grading thread)", () => {
  it("replays the session on the starting cluster: the wrong expose fails its check, the edit that fixes it passes", async () => {
    const wrong = await grade([{ line: "kubectl expose deployment web --port=8080" }]);
    expect(wrong.passed).toBe(false);
    expect(wrong.checks.find((check) => check.id === "web-answers-on-8080")?.passed).toBe(false);
    expect(wrong.transcript).toEqual([{ line: "kubectl expose deployment web --port=8080", output: "service/web exposed\n", code: 0 }]);

    const service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 8080\n    targetPort: 80\n";
    const fixed = await grade([{ line: "kubectl expose deployment web --port=8080" }, { line: "kubectl edit svc web", edited: service }]);
    expect(fixed.transcript?.[1]).toMatchObject({ line: "kubectl edit svc web", output: "service/web edited\n", code: 0 });
    expect(fixed.passed).toBe(true);
  });

  it("grades without commands exactly as before (no transcript), and applies the files after the commands", async () => {
    const untouched = await grade([]);
    expect(untouched.passed).toBe(false);
    expect(untouched.transcript).toBeUndefined();
    const manifest = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 8080\n    targetPort: 80\n";
    const byFile = await grade([{ line: "kubectl get deploy web -o name" }], [{ file: "answer.yaml", text: manifest }]);
    expect(byFile.transcript?.[0]?.output).toBe("deployment.apps/web\n");
    expect(byFile.passed).toBe(true);
  });
});
