/**
 * The editor protocol: `kubectl edit` and `vi FILE` pause the shell with an EditRequest, finishEdit
 * completes them as kubectl and the editor would, and replayCommands rebuilds a session from data.
 */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster";
import { createShell, replayCommands, type CommandEntry, type Shell } from "@/lib/kubectl";

const HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

function withWeb(): Shell {
  const shell = createShell(createCluster({ workers: 2 }));
  expect(shell.run("kubectl create deployment web --image=nginx:1.27 --replicas=2").code).toBe(0);
  return shell;
}

const jsonpath = (shell: Shell, path: string): string => shell.run(`kubectl get deploy web -o jsonpath='${path}'`).stdout;

describe("kubectl edit", () => {
  it("opens the live object under kubectl's header in a /tmp/kubectl-edit-*.yaml file", () => {
    const shell = withWeb();
    const r = shell.run("kubectl edit deploy web");
    expect(r.edit?.kind).toBe("object");
    expect(r.edit?.path).toMatch(/^\/tmp\/kubectl-edit-\d+\.yaml$/);
    expect(r.edit?.text.startsWith(`${HEADER}apiVersion: apps/v1\nkind: Deployment\n`)).toBe(true);
    expect(r.edit?.text).toContain("  replicas: 2\n");
    expect(r.edit?.text).toContain("status:\n");
    expect(r.stdout + r.stderr).toBe("");
    expect(shell.pendingEdit).toEqual(r.edit);
  });

  it("applies a saved change to replicas and image and prints `edited`", () => {
    const shell = withWeb();
    const text = shell.run("kubectl edit deployment/web").edit?.text ?? "";
    const done = shell.finishEdit(text.replace("  replicas: 2\n", "  replicas: 3\n").replace("image: nginx:1.27", "image: nginx:1.28"));
    expect(done.stdout).toBe("deployment.apps/web edited\n");
    expect(done.code).toBe(0);
    expect(done.edit).toBeUndefined();
    expect(jsonpath(shell, "{.spec.replicas} {.spec.template.spec.containers[0].image} {.status.updatedReplicas}")).toBe("3 nginx:1.28 3");
  });

  it("cancels without change, and says so for an unchanged or emptied file", () => {
    const shell = withWeb();
    shell.run("kubectl edit deploy web");
    expect(shell.finishEdit(null)).toMatchObject({ stderr: "Edit cancelled, no changes made.\n", code: 0, anyFailed: false });
    const text = shell.run("k edit deploy web").edit?.text ?? "";
    expect(shell.finishEdit(`# only a comment\n${text.replace(HEADER, "")}`).stderr).toBe("Edit cancelled, no changes made.\n");
    shell.run("k edit deploy web");
    expect(shell.finishEdit("# nothing\n\n").stderr).toBe("Edit cancelled, saved file was empty.\n");
    expect(jsonpath(shell, "{.spec.replicas}")).toBe("2");
  });

  it("reopens an invalid edit with the API server's reasons, then gives up keeping the copy in /tmp", () => {
    const shell = withWeb();
    const text = shell.run("kubectl edit deploy web").edit?.text ?? "";
    const bad = text.replace("  replicas: 2\n", "  replicas: -1\n");
    const reopened = shell.finishEdit(bad);
    expect(reopened.stderr).toBe('error: deployments.apps "web" is invalid\n');
    expect(reopened.edit?.text.startsWith(`${HEADER}# deployments.apps "web" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0`)).toBe(true);
    expect(reopened.edit?.text).toContain("  replicas: -1\n");
    expect(shell.run("kubectl get pods").stderr).toMatch(/^bash: the editor is open on \/tmp\/kubectl-edit-\d+\.yaml/);
    const path = reopened.edit?.path ?? "";
    const gaveUp = shell.finishEdit(null);
    expect(gaveUp.stderr).toBe(`A copy of your changes has been stored to "${path}"\nerror: Edit cancelled, no valid changes were saved.\n`);
    expect(gaveUp.code).toBe(1);
    expect(shell.run(`grep '^  replicas:' ${path} | head -1`).stdout).toBe("  replicas: -1\n");
    expect(jsonpath(shell, "{.spec.replicas}")).toBe("2");
  });

  it("reopens a file with a YAML syntax error, and a fixed save then applies", () => {
    const shell = withWeb();
    const text = shell.run("kubectl edit deploy web").edit?.text ?? "";
    const reopened = shell.finishEdit(text.replace("  replicas: 2\n", "  replicas: [2\n"));
    expect(reopened.edit?.text).toMatch(/^# Please edit[^]*# The edited file had a syntax error: error converting YAML to JSON: yaml: line \d+: /);
    expect(shell.finishEdit(text.replace("  replicas: 2\n", "  replicas: 4\n")).stdout).toBe("deployment.apps/web edited\n");
    expect(jsonpath(shell, "{.spec.replicas}")).toBe("4");
  });

  it("refuses a changed name, and says NotFound for a missing object", () => {
    const shell = withWeb();
    const text = shell.run("kubectl edit deploy web").edit?.text ?? "";
    const r = shell.finishEdit(text.replace("  name: web\n", "  name: other\n"));
    expect(r.stderr).toMatch(/^A copy of your changes has been stored to "\/tmp\/kubectl-edit-\d+\.yaml"\nerror: At least one of apiVersion, kind and name was changed\n$/);
    expect(shell.run("kubectl edit deploy nope")).toMatchObject({ stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', code: 1 });
    expect(shell.pendingEdit).toBeUndefined();
  });

  it("runs the rest of the input after the editor closes", () => {
    const shell = withWeb();
    const r = shell.run("kubectl edit deploy web && echo ok; kubectl get deploy web -o name\necho last");
    expect(r.stdout).toBe("");
    const done = shell.finishEdit(null);
    expect(done.chunks.map((c) => c.text).join("")).toBe("Edit cancelled, no changes made.\nok\ndeployment.apps/web\nlast\n");
  });
});

describe("vi FILE", () => {
  it("opens a new file empty, writes what is saved, and kubectl applies it", () => {
    const shell = createShell(createCluster({ workers: 1 }));
    const r = shell.run("vi pod.yaml");
    expect(r.edit).toEqual({ path: "/root/pod.yaml", text: "", kind: "file" });
    shell.finishEdit("apiVersion: v1\nkind: Pod\nmetadata:\n  name: one\nspec:\n  containers:\n  - name: c\n    image: nginx\n");
    expect(shell.run("kubectl apply -f pod.yaml").stdout).toBe("pod/one created\n");
    expect(shell.run("vim pod.yaml").edit?.text).toContain("name: one");
    shell.finishEdit(null);
    expect(shell.run("cat pod.yaml").stdout).toContain("name: one");
    expect(shell.run("nano").stderr).toBe("nano: name the file to edit: nano FILE (this shell's editor edits files)\n");
  });
});

describe("replayCommands", () => {
  const session: CommandEntry[] = [
    { line: "kubectl create deployment web --image=nginx --replicas=2" },
    { line: "kubectl expose deployment web --port=8080" },
    { line: "kubectl edit svc web", edited: null },
    { line: "kubectl get svc web -o yaml > svc.yaml" },
    { line: "vi svc.yaml", edited: "" },
    { line: "kubectl edit deploy web" },
  ];

  it("rebuilds the same cluster as the live session, closing edits the entries leave open", () => {
    const live = createShell(createCluster({ workers: 2 }));
    live.run("kubectl create deployment web --image=nginx --replicas=2");
    live.run("kubectl expose deployment web --port=8080");
    const svc = live.run("kubectl edit svc web").edit?.text ?? "";
    const edited = svc.replace("targetPort: 8080", "targetPort: 80");
    expect(live.finishEdit(edited).stdout).toBe("service/web edited\n");
    const entries: CommandEntry[] = [session[0], session[1], { line: "kubectl edit svc web", edited }] as CommandEntry[];
    const replayed = createShell(createCluster({ workers: 2 }));
    const results = replayCommands(replayed, entries);
    expect(results.map((r) => r.stdout)).toEqual(["deployment.apps/web created\n", "service/web exposed\n", "service/web edited\n"]);
    const state = (s: Shell) => s.run("kubectl get deploy,rs,pods,svc,endpoints -o yaml").stdout;
    expect(state(replayed)).toBe(state(live));
    expect(replayed.run("kubectl get svc web -o jsonpath='{.spec.ports[0].targetPort}'").stdout).toBe("80");
  });

  it("replays a rejected edit the learner gave up on from its last save: the same copy in /tmp, ready for replace --force", () => {
    const make = () => { const s = createShell(createCluster({ workers: 1 })); s.run("kubectl run web --image=nginx"); return s; };
    const live = make();
    const opened = live.run("kubectl edit pod web").edit?.text ?? "";
    const bad = opened.replace("resources: {}", "resources: {requests: {cpu: 100m}}");
    expect(live.finishEdit(bad).stderr).toBe('error: pods "web" is invalid\n');
    const copy = /"(\/tmp\/[^"]+)"/.exec(live.finishEdit(null).stderr)?.[1] ?? "";
    const replayed = make();
    const [result] = replayCommands(replayed, [{ line: "kubectl edit pod web", edited: bad }]);
    expect(result?.stderr).toBe(`error: pods "web" is invalid\nA copy of your changes has been stored to "${copy}"\nerror: Edit cancelled, no valid changes were saved.\n`);
    expect(replayed.run(`cat ${copy}`).stdout).toBe(live.run(`cat ${copy}`).stdout);
    expect(replayed.run(`kubectl replace --force -f ${copy}`).stdout).toBe('pod "web" deleted\npod/web replaced\n');
  });

  it("cancels an edit given null or no text, writes files given text, and leaves no editor open", () => {
    const shell = createShell(createCluster({ workers: 1 }));
    const results = replayCommands(shell, session);
    expect(results[2]?.stderr).toBe("Edit cancelled, no changes made.\n");
    expect(results[5]?.stderr).toBe("Edit cancelled, no changes made.\n");
    expect(shell.run("cat svc.yaml").stdout).toBe("");
    expect(shell.pendingEdit).toBeUndefined();
  });
});
