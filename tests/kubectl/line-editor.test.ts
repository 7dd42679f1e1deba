/** The terminal's line discipline: echo, submit, heredoc continuation, history recall, Ctrl-C. */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster";
import { createShell } from "@/lib/kubectl";
import { LineEditor } from "@/lib/kubectl/line-editor";

function editor() {
  const shell = createShell(createCluster({ workers: 1 }));
  return { shell, ed: new LineEditor(() => shell.session.history, (t) => shell.isComplete(t), () => "$ ") };
}

describe("LineEditor", () => {
  it("echoes typed text, erases with Backspace and submits on Enter", () => {
    const { ed } = editor();
    expect(ed.feed("k get nx")).toEqual({ echo: "k get nx" });
    expect(ed.feed("\u007f")).toEqual({ echo: "\b \b" });
    ed.feed("s");
    expect(ed.feed("\r")).toEqual({ echo: "\r\n", submit: "k get ns" });
  });

  it("continues an open heredoc with a > prompt and submits the whole command", () => {
    const { ed } = editor();
    expect(ed.feed("cat <<EOF\r")).toEqual({ echo: "cat <<EOF\r\n> " });
    expect(ed.currentPrompt()).toBe("> ");
    expect(ed.feed("hi\rEOF\r")).toEqual({ echo: "hi\r\n> EOF\r\n", submit: "cat <<EOF\nhi\nEOF" });
  });

  it("recalls history with the arrows and drops the line with Ctrl-C", () => {
    const { shell, ed } = editor();
    shell.run("echo one");
    shell.run("echo two");
    expect(ed.feed("\u001b[A")).toEqual({ echo: "echo two" });
    expect(ed.feed("\u001b[A")).toEqual({ echo: `${"\b \b".repeat(8)}echo one` });
    expect(ed.feed("\u0003")).toEqual({ echo: "^C\r\n$ " });
    expect(ed.feed("\r")).toEqual({ echo: "\r\n$ " });
  });
});

describe("complete", () => {
  it("completes kubectl commands, resource types, object names and flags", async () => {
    const { complete } = await import("@/lib/kubectl/complete");
    const { shell } = editor();
    shell.run("kubectl create deployment web --image=nginx");
    const programs = ["kubectl", "cat", "grep"];
    expect(complete(shell, "k roll", programs)).toEqual({ insert: "out ", options: [] });
    expect(complete(shell, "k rollout un", programs)).toEqual({ insert: "do ", options: [] });
    expect(complete(shell, "k get deploym", programs)).toEqual({ insert: "ents ", options: [] });
    expect(complete(shell, "k get deployments w", programs)).toEqual({ insert: "eb ", options: [] });
    expect(complete(shell, "k scale deploy/w", programs)).toEqual({ insert: "eb ", options: [] });
    expect(complete(shell, "k scale deploy web --repl", programs)).toEqual({ insert: "icas ", options: [] });
    expect(complete(shell, "k get p", programs).options).toEqual(expect.arrayContaining(["pods", "pv", "pvc"]));
  });

  it("completes pod names for logs and exec, node names for top node, and field paths for explain", async () => {
    const { complete } = await import("@/lib/kubectl/complete");
    const { loadExplainDocs } = await import("@/lib/kubectl");
    await loadExplainDocs();
    const { shell } = editor();
    shell.run("kubectl run solo --image=nginx");
    const programs = ["kubectl"];
    expect(complete(shell, "k logs so", programs)).toEqual({ insert: "lo ", options: [] });
    expect(complete(shell, "k exec s", programs)).toEqual({ insert: "olo ", options: [] });
    expect(complete(shell, "k top node control", programs)).toEqual({ insert: "-plane ", options: [] });
    expect(complete(shell, "k explain pod.sp", programs)).toEqual({ insert: "ec ", options: [] });
    expect(complete(shell, "k explain deploy.spec.template.spec.containers.ima", programs).options).toEqual(["deploy.spec.template.spec.containers.image", "deploy.spec.template.spec.containers.imagePullPolicy"]);
  });
});

describe("LineEditor with completion", () => {
  it("inserts a unique completion and lists several", () => {
    const { shell } = editor();
    const options = ["pods", "pv"];
    const ed = new LineEditor(() => shell.session.history, (t) => shell.isComplete(t), () => "$ ", (line) => (line.endsWith("rollo") ? { insert: "ut ", options: [] } : { insert: "p", options }));
    ed.feed("k rollo");
    expect(ed.feed("\t")).toEqual({ echo: "ut " });
    const other = new LineEditor(() => [], () => true, () => "$ ", () => ({ insert: "", options }));
    other.feed("k get p");
    expect(other.feed("\t")).toEqual({ echo: "\r\npods  pv\r\n$ k get p" });
  });
});

describe("LineEditor reverse search", () => {
  it("finds the newest matching history line, steps to older ones with Ctrl-R and runs it on Enter", () => {
    const { shell, ed } = editor();
    shell.run("kubectl get nodes");
    shell.run("kubectl get ns");
    shell.run("echo hi");
    expect(ed.feed("\u0012").echo).toBe("\r\u001b[2K(reverse-i-search)`': ");
    expect(ed.feed("get").echo).toBe("\r\u001b[2K(reverse-i-search)`get': kubectl get ns");
    expect(ed.feed("\u0012").echo).toBe("\r\u001b[2K(reverse-i-search)`get': kubectl get nodes");
    expect(ed.feed("\r")).toEqual({ echo: "\r\u001b[2K$ kubectl get nodes\r\n", submit: "kubectl get nodes" });
  });
});
