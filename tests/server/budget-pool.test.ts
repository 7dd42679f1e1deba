import { afterAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { parseNotes } from "@/lib/notes";
import { BudgetExceeded, createBudgetPool, TaskFailed } from "@/lib/server/budget/budget-pool";

// The app runs the bundled entry (scripts/build-direct-routes.mjs); here a bootstrap loads the TypeScript through tsx.
const bootstrap = fileURLToPath(new URL("../fixtures/tsx-worker-bootstrap.mjs", import.meta.url));
const fixture = createBudgetPool({
  entry: bootstrap,
  workerData: fileURLToPath(new URL("../fixtures/budget-fixture-worker.ts", import.meta.url)),
  size: 1,
  resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 1 },
});
const slowStart = createBudgetPool({ entry: bootstrap, workerData: fileURLToPath(new URL("../fixtures/budget-slow-start-worker.ts", import.meta.url)), size: 1 });
const real = createBudgetPool({ entry: bootstrap, workerData: fileURLToPath(new URL("../../lib/server/budget/budget-worker.ts", import.meta.url)), size: 1 });

afterAll(async () => {
  await Promise.all([fixture.close(), slowStart.close(), real.close()]);
});

describe("the budget pool", () => {
  it("answers a task's value", async () => {
    expect(await fixture.run("echo", "hello", 10_000)).toBe("hello");
  });

  it("terminates a task past its time budget, and the next task still runs", async () => {
    const started = performance.now();
    const error = await fixture.run("spin", null, 300).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceeded);
    expect((error as BudgetExceeded).reason).toBe("time");
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await fixture.run("echo", "after", 10_000)).toBe("after");
  });

  it("reports a stack overflow as too deep, and an ApiError with its status and issues", async () => {
    const deep = await fixture.run("deep", 10_000_000, 10_000).catch((caught: unknown) => caught);
    expect(deep).toBeInstanceOf(TaskFailed);
    expect((deep as TaskFailed).failure.kind).toBe("too-deep");
    const refused = await fixture.run("refuse", null, 10_000).catch((caught: unknown) => caught);
    expect((refused as TaskFailed).failure).toMatchObject({ kind: "api", status: 422, issues: [{ path: "x", message: "bad" }] });
  });

  it("ends a thread that runs out of memory without harming the process", async () => {
    const error = await fixture.run("hoard", null, 20_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceeded);
    expect((error as BudgetExceeded).reason).toBe("memory");
    expect(await fixture.run("echo", "alive", 10_000)).toBe("alive");
  });

  it("starts a task's budget once its thread is ready, not while it starts and warms up", async () => {
    const started = performance.now();
    expect(await slowStart.run("echo", "warm", 500)).toBe("warm");
    expect(performance.now() - started).toBeGreaterThan(1_500);
  });

  it("parses notes in its thread exactly as inline", async () => {
    const text = "# Pods\n\n- **Pod** — the smallest deployable unit\n\nQ: What restarts a crashed container?\nA: The kubelet.\n";
    const inThread = await real.run("parseNotes", { text, file: "notes.md" }, 20_000);
    expect(inThread).toEqual(parseNotes(text, { file: "notes.md", generateMcq: false }));
  });
});
