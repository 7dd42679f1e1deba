/** `npx kubedeck shell` driven through standard input: output as the terminal shows it, exit 0 or 1. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runShell } from "@/lib/cli/commands/shell";
import { settleEdits, terminalEditor } from "@/lib/cli/shell-editor";
import { createCluster } from "@/lib/cluster";
import { createShell } from "@/lib/kubectl";

const root = path.resolve(__dirname, "../..");

async function drive(args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const lines = input.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const code = await runShell(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root, now: () => new Date() }, {
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

describe("npx kubedeck shell: editors", () => {
  it("cancels kubectl edit and vi without a terminal, says how scripts edit, and fails", async () => {
    const r = await drive([], "k create deploy web --image=nginx\nk edit deploy web\nvi f.yaml\nk get deploy web -o jsonpath='{.spec.replicas}'\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("deployment.apps/web created\n1");
    expect(r.stderr).toBe(
      "kubedeck shell: kubectl edit needs a terminal, and standard input is not one: the edit was cancelled. In a script, change an object with `kubectl get TYPE NAME -o yaml > f.yaml`, edit f.yaml (e.g. with sed), then `kubectl apply -f f.yaml`; write a file with `cat <<EOF > FILE`.\n"
      + "Edit cancelled, no changes made.\n"
      + "kubedeck shell: editing /root/f.yaml needs a terminal, and standard input is not one: the edit was cancelled. In a script, change an object with `kubectl get TYPE NAME -o yaml > f.yaml`, edit f.yaml (e.g. with sed), then `kubectl apply -f f.yaml`; write a file with `cat <<EOF > FILE`.\n",
    );
  });

  it("in a terminal, runs $EDITOR on a temporary file and applies what it saved", () => {
    const shell = createShell(createCluster({ workers: 1 }));
    shell.run("kubectl create deploy web --image=nginx --replicas=2");
    let out = "";
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t), cwd: root, now: () => new Date() };
    const launch = terminalEditor({ EDITOR: "sed -i 's/^  replicas: 2$/  replicas: 4/'" });
    const edits = settleEdits(shell, shell.run("kubectl edit deploy web"), io, launch);
    expect(edits.failed).toBe(false);
    expect(out).toBe("deployment.apps/web edited\n");
    expect(shell.run("kubectl get deploy web -o jsonpath='{.spec.replicas}'").stdout).toBe("4");
  });

  it("says plainly when no editor can be started, and cancels", () => {
    const shell = createShell(createCluster({ workers: 1 }));
    let err = "";
    const io = { stdout: () => {}, stderr: (t: string) => (err += t), cwd: root, now: () => new Date() };
    const edits = settleEdits(shell, shell.run("vi notes.txt"), io, terminalEditor({ EDITOR: "/nonexistent/editor" }));
    expect(edits.failed).toBe(true);
    expect(err).toMatch(/^kubedeck shell: the editor `\/nonexistent\/editor` could not be started; the edit was cancelled\. Set EDITOR \(for example `EDITOR=nano npx kubedeck shell`\)/);
    expect(shell.pendingEdit).toBeUndefined();
  });
});
