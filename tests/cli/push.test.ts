import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { classifySource } from "@/lib/cli/push/classify-source";
import { formatPushLine } from "@/lib/cli/push/push-line";

async function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, now: () => new Date() });
  return { code, stdout, stderr };
}

describe("npx kubedeck push (without a server)", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "kubedeck-push-"));
  writeFileSync(path.join(folder, "pods.md"), "---\ntitle: Pods\n---\n- **Pod** — a unit\n");

  it("exits 2 on usage errors: no files, no --server, no token, a missing file", async () => {
    const saved = process.env.KUBEDECK_TOKEN;
    delete process.env.KUBEDECK_TOKEN;
    try {
      expect((await run(["push", "--server", "http://127.0.0.1:3259", "--token", "t"], folder)).stderr).toMatch(/name at least one FILE/);
      expect((await run(["push", "pods.md", "--token", "t"], folder)).stderr).toMatch(/--server must be the app's URL/);
      const noToken = await run(["push", "pods.md", "--server", "http://127.0.0.1:3259"], folder);
      expect(noToken).toMatchObject({ code: 2, stderr: expect.stringMatching(/pass --token or set KUBEDECK_TOKEN/) });
      expect((await run(["push", "gone.md", "--server", "http://127.0.0.1:3259", "--token", "t"], folder)).code).toBe(2);
      expect((await run(["push", "pods.md", "--server", "http://127.0.0.1:3259", "--token", "t", "--force"], folder)).code).toBe(2);
    } finally {
      if (saved !== undefined) process.env.KUBEDECK_TOKEN = saved;
    }
  });

  it("exits 2 when the server cannot be reached, saying where it tried", async () => {
    const result = await run(["push", ".", "--server", "http://127.0.0.1:3259", "--token", "t"], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^kubedeck push: cannot reach http:\/\/127\.0\.0\.1:3259: ECONNREFUSED/);
  });
});

describe("push lines and file kinds", () => {
  it("prints one line per file with +added ~changed -retired", () => {
    const counts = { revision: 4, added: 2, changed: 1, retired: 0 };
    expect(formatPushLine("decks/pods.md", { action: "updated", ...counts, dryRun: false })).toBe("decks/pods.md: updated revision 4 (+2 ~1 -0)");
    expect(formatPushLine("decks/pods.md", { action: "created", ...counts, revision: 1, dryRun: false })).toBe("decks/pods.md: created revision 1 (+2 ~1 -0)");
    expect(formatPushLine("a.md", { action: "unchanged", revision: 4, added: 0, changed: 0, retired: 0, dryRun: false })).toBe("a.md: unchanged revision 4 (+0 ~0 -0)");
    expect(formatPushLine("a.md", { action: "updated", ...counts, dryRun: true })).toBe("a.md: would update to revision 4 (+2 ~1 -0) (dry run)");
  });

  it("tells scenarios from decks by their front matter or a Checks section", () => {
    expect(classifySource("---\nid: x\ntitle: T\ndifficulty: easy\n---\n## Task\n")).toBe("scenario");
    expect(classifySource("# Notes\n\n## Checks\n\n```checks\n```\n")).toBe("scenario");
    expect(classifySource("---\nid: pods\ntitle: Pods\n---\n- **Pod** — a unit\n")).toBe("deck");
  });
});
