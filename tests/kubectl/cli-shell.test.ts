/** `npx kubedeck shell` driven through standard input: output as the terminal shows it, exit 0 or 1. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runShell } from "@/lib/cli/commands/shell";

const root = path.resolve(__dirname, "../..");

async function drive(args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const lines = input.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const code = await runShell(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root }, {
    isTTY: false,
    lines: async function* () { yield* lines; },
  });
  return { code, stdout, stderr };
}

describe("npx kubedeck shell (stdin)", () => {
  it("runs one command line per line, heredocs included, and exits 0 when all succeed", async () => {
    const r = await drive([], "k create deploy web --image=nginx --replicas=2\ncat <<EOF | k apply -f -\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\nEOF\nk get deploy,cm --no-headers\n");
    expect(r).toEqual({
      code: 0,
      stderr: "",
      stdout: "deployment.apps/web created\nconfigmap/app created\ndeployment.apps/web   2/2   2     2     2s\nconfigmap/app   0     0s\n",
    });
  });

  it("exits 1 when any command failed, printing kubectl's error on stderr", async () => {
    const r = await drive(["--nodes", "1"], "kubectl get pod nope\necho after\n");
    expect(r).toEqual({ code: 1, stdout: "after\n", stderr: 'Error from server (NotFound): pods "nope" not found\n' });
  });

  it("applies FILE arguments first and refuses a bad --nodes with usage", async () => {
    const applied = await drive(["tests/fixtures/../kubectl/fixtures/web.yaml"], "k get deploy web -o name\n");
    expect(applied).toMatchObject({ code: 0, stdout: "deployment.apps/web\n" });
    const bad = await drive(["--nodes", "0"], "");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--nodes needs a whole number from 1 to 100, got 0/);
  });
});
