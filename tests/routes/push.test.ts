/** `kubedeck push` against the running app: a folder pushed twice changes nothing the second time. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { apiTokenFor, signedInAs } from "./helpers/accounts";
import { APP_URL } from "./helpers/http-session";

async function push(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["push", ...args, "--server", APP_URL], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, now: () => new Date() });
  return { code, stdout, stderr };
}

const stamp = Date.now();
let root: string;
let writeToken: string;
let readToken: string;

beforeAll(async () => {
  const { email } = await signedInAs("instructor");
  writeToken = await apiTokenFor(email, "write");
  readToken = await apiTokenFor(email, "read");
  root = mkdtempSync(path.join(tmpdir(), "kubedeck-push-app-"));
  mkdirSync(path.join(root, "decks"));
  writeFileSync(path.join(root, "decks", "pods.md"), `---\nid: pods-${stamp}\ntitle: Pods\n---\n# Pods\n\n- **Pod** — the smallest deployable unit\n- **Node** — a machine that runs pods\n`);
  writeFileSync(path.join(root, "decks", "services.md"), `---\ntitle: Services ${stamp}\n---\nQ: What gives pods a stable address?\nA: A Service.\n`);
  writeFileSync(path.join(root, "decks", "README.md"), "# Not a deck\n");
});

describe("npx kubedeck push FILE… --server URL", () => {
  it("creates every deck in a folder, then a second push changes nothing", async () => {
    const first = await push(["decks", "--token", writeToken], root);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toBe("decks/pods.md: created revision 1 (+2 ~0 -0)\ndecks/services.md: created revision 1 (+1 ~0 -0)\n");
    const second = await push(["decks", "--token", writeToken], root);
    expect(second).toMatchObject({ code: 0, stderr: "" });
    expect(second.stdout).toBe("decks/pods.md: unchanged revision 1 (+0 ~0 -0)\ndecks/services.md: unchanged revision 1 (+0 ~0 -0)\n");
  });

  it("updates the deck with the same slug; --dry-run shows it first and writes nothing", async () => {
    writeFileSync(path.join(root, "decks", "pods.md"), `---\nid: pods-${stamp}\ntitle: Pods\n---\n# Pods\n\n- **Pod** — one or more containers\n- **Service** — a stable address\n- **Job** — runs to completion\n`);
    const saved = process.env.KUBEDECK_TOKEN;
    process.env.KUBEDECK_TOKEN = writeToken;
    try {
      const dry = await push(["decks/pods.md", "--dry-run"], root);
      expect(dry).toMatchObject({ code: 0, stdout: "decks/pods.md: would update to revision 2 (+2 ~1 -1) (dry run)\n" });
      const real = await push(["decks/pods.md"], root);
      expect(real).toMatchObject({ code: 0, stdout: "decks/pods.md: updated revision 2 (+2 ~1 -1)\n" });
    } finally {
      if (saved === undefined) delete process.env.KUBEDECK_TOKEN;
      else process.env.KUBEDECK_TOKEN = saved;
    }
  });

  it("exits 1 naming file:line for a refused file and still pushes the others", async () => {
    writeFileSync(path.join(root, "broken.md"), "---\ntitle: Broken\nid: Not Valid\n---\n- **A** — b\n");
    const result = await push(["broken.md", "decks/services.md", "--token", writeToken], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.md:3: The Markdown cannot be saved: line 3: front matter "id" must be/);
    expect(result.stdout).toBe("decks/services.md: unchanged revision 1 (+0 ~0 -0)\n");
  });

  it("exits 1 for a read token (each write refused) and 2 for a token the server does not know", async () => {
    const read = await push(["decks/services.md", "--token", readToken], root);
    expect(read.code).toBe(1);
    expect(read.stderr).toMatch(/^decks\/services\.md:1: .*read scope/);
    const unknown = await push(["decks", "--token", "kd_unknown"], root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/refused to list your decks \(401\)/);
  });

  it("publishes a scenario that verifies, changes nothing on a second push, and refuses one that does not verify", async () => {
    const original = readFileSync(path.resolve(__dirname, "../../content/scenarios/run-once-job.md"), "utf8");
    mkdirSync(path.join(root, "scenarios"));
    writeFileSync(path.join(root, "scenarios", "migrate.md"), original.replace("id: run-once-job", `id: push-migrate-${stamp}`));
    const first = await push(["scenarios", "--token", writeToken], root);
    expect(first).toMatchObject({ code: 0, stderr: "", stdout: "scenarios/migrate.md: created revision 1, published\n" });
    const second = await push(["scenarios", "--token", writeToken], root);
    expect(second).toMatchObject({ code: 0, stdout: "scenarios/migrate.md: unchanged revision 1, published\n" });

    const broken = original.replace("id: run-once-job", `id: push-broken-${stamp}`).replace("  name: migrate\nspec:\n  backoffLimit: 2", "  name: other\nspec:\n  backoffLimit: 2");
    writeFileSync(path.join(root, "broken-scenario.md"), broken);
    const refused = await push(["broken-scenario.md", "--token", writeToken], root);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("broken-scenario.md: saved draft revision 1, not published (1 problem)\n");
    expect(refused.stderr).toMatch(/^broken-scenario\.md:40: reference solution "a Job" fails check/);
  });
});
