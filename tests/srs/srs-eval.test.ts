import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { command } from "@/lib/cli/commands/srs-eval";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

async function run(args: string[], cwd = REPO) {
  let stdout = "";
  let stderr = "";
  const code = await command.run(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, now: () => new Date() });
  return { code, stdout, stderr };
}

interface Score {
  logLoss: number;
  rmseBins: number;
}

describe("kubedeck srs-eval on the py-fsrs log", () => {
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    result = await run(["../shared/data/review-logs/py-fsrs-josh.csv", "--json"]);
  });

  it("prints exactly one JSON object with the contracted fields", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(output).toMatchObject({ reviews: 12580, cards: 1205 });
    for (const key of ["baseline", "default", "fitted"]) {
      expect(output[key]).toEqual({ logLoss: expect.any(Number), rmseBins: expect.any(Number) });
    }
    expect(output.parameters).toHaveLength(21);
    expect((output.parameters as unknown[]).every((p) => typeof p === "number" && Number.isFinite(p))).toBe(true);
  });

  it("fitted beats default beats the average-recall baseline out of sample", () => {
    const { baseline, default: byDefault, fitted } = JSON.parse(result.stdout) as Record<string, Score>;
    expect(fitted!.rmseBins).toBeLessThan(byDefault!.rmseBins);
    expect(byDefault!.rmseBins).toBeLessThan(baseline!.rmseBins);
    expect(fitted!.logLoss).toBeLessThan(byDefault!.logLoss);
    expect(byDefault!.logLoss).toBeLessThan(baseline!.logLoss);
    // Same ballpark as srs-benchmark's FSRS-6 figures (default 0.07, per-user 0.05).
    expect(byDefault!.rmseBins).toBeGreaterThan(0.03);
    expect(byDefault!.rmseBins).toBeLessThan(0.1);
  });
});

describe("kubedeck srs-eval table", () => {
  it("prints a readable table with the three models when --json is absent", async () => {
    const { code, stdout } = await run(["../shared/data/review-logs/py-fsrs-josh.csv", "--timezone", "UTC", "--day-start", "4"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/12580 reviews of 1205 cards/);
    for (const label of ["average recall (baseline)", "FSRS-6, default parameters", "FSRS-6, fitted parameters"]) {
      expect(stdout).toMatch(new RegExp(`${label.replace(/[()]/g, "\\$&")}\\s+0\\.\\d{4}\\s+0\\.\\d{4}`));
    }
  });
});

describe("kubedeck srs-eval errors", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "srs-eval-"));
    writeFileSync(path.join(dir, "header.csv"), "id,rating,when\n1,3,2024-01-01T00:00:00Z\n");
    writeFileSync(
      path.join(dir, "row.csv"),
      "card_id,review_rating,review_time,review_duration\n1,3,2024-01-01T00:00:00Z,10\n1,7,2024-01-02T00:00:00Z,10\n",
    );
    writeFileSync(path.join(dir, "tiny.csv"), "card_id,review_rating,review_time,review_duration\n1,3,2024-01-01T00:00:00Z,10\n");
  });

  it("bad header and bad row: exit 1, file:line and what is wrong", async () => {
    const header = await run(["header.csv"], dir);
    expect(header.code).toBe(1);
    expect(header.stderr).toMatch(/header\.csv:1: header must be "card_id,review_rating,review_time,review_duration"/);
    const row = await run(["row.csv", "--json"], dir);
    expect(row).toMatchObject({ code: 1, stdout: "" });
    expect(row.stderr).toContain(`${path.join(dir, "row.csv")}:3: review_rating must be 1, 2, 3 or 4, found "7"`);
  });

  it("a missing file or a log too small to split: exit 1", async () => {
    expect(await run(["absent.csv"], dir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot read .*absent\.csv: no such file/) });
    expect(await run(["tiny.csv"], dir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/at least 6 scored reviews/) });
  });

  it("usage errors: exit 2", async () => {
    expect((await run([], dir)).code).toBe(2);
    expect((await run(["a.csv", "--fast"], dir)).stderr).toMatch(/unknown option --fast/);
    expect((await run(["a.csv", "b.csv"], dir)).code).toBe(2);
    expect((await run(["a.csv", "--timezone", "Nowhere/Land"], dir)).code).toBe(2);
  });
});
