/** `kubedeck apply`: output, the JSON contract, exit codes. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "@/lib/cli/commands/apply";

const dir = mkdtempSync(join(tmpdir(), "kubedeck-apply-"));
writeFileSync(join(dir, "web.yaml"), `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: "kubedeck/web:1.0", ports: [{containerPort: 8080}]}]
`);
writeFileSync(join(dir, "bad.yaml"), `apiVersion: v1
kind: Pod
metadata: {name: lost, namespace: nowhere}
spec:
  containers: [{name: a, image: nginx}]
`);

writeFileSync(join(dir, "svc.yaml"), `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: webapp}
  ports: [{port: 80, targetPort: 8080}]
`);
writeFileSync(join(dir, "dup.yaml"), `apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data:
  mode: dev
  mode: prod
`);

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await command.run(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, now: () => new Date() });
  return { code, stdout, stderr };
}

describe("kubedeck apply", () => {
  it("prints kubectl-style tables and events and exits 0", async () => {
    const r = await run(["web.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\ndeployment\.apps\/web +2\/2 +2 +2 +2s$/m);
    expect(r.stdout).toMatch(/pod\/web-[a-z0-9]+-[a-z0-9]{5} +1\/1 +Running +0/);
    expect(r.stdout).toMatch(/LAST SEEN +TYPE +REASON +OBJECT +MESSAGE/);
    expect(r.stdout).toContain("Scaled up replica set web-");
    expect(r.stderr).toBe("");
  });

  it("reports rejected documents on stderr as file:line:column and exits 1", async () => {
    const r = await run(["web.yaml", "bad.yaml", "--nodes", "2"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.yaml:3:\d+: Pod\/lost: metadata\.namespace: namespaces "nowhere" not found/);
    expect(r.stdout).toContain("node/worker-2");
    expect(r.stdout).not.toContain("node/worker-3");
  });

  it("prints exactly one JSON object with errors, objects and events", async () => {
    const r = await run(["--json", "web.yaml", "bad.yaml"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { errors: Record<string, unknown>[]; objects: { kind: string; status?: unknown }[]; events: Record<string, unknown>[] };
    expect(out.errors).toEqual([expect.objectContaining({ file: "bad.yaml", line: 3, object: "Pod/lost", path: "metadata.namespace" })]);
    expect(out.objects.filter((o) => o.kind === "Pod")).toHaveLength(2);
    expect(out.objects.find((o) => o.kind === "Deployment")?.status).toMatchObject({ readyReplicas: 2 });
    expect(out.events[0]).toEqual(expect.objectContaining({ type: "Normal", reason: "ScalingReplicaSet", object: "deployment/web" }));
    expect(Object.keys(out.events[0] ?? {})).toEqual(expect.arrayContaining(["type", "reason", "object", "message"]));
  });

  it("prints a PROBLEMS section: rule id, object, file:line and path, message and fix", async () => {
    const clean = await run(["web.yaml"]);
    expect(clean.stdout).toMatch(/\nPROBLEMS\nnone found\n$/);
    const r = await run(["web.yaml", "svc.yaml"]);
    expect(r.stdout).toContain(`PROBLEMS
warning service-selects-no-pods  Service/web  (svc.yaml:5 spec.selector)
        Service web selects app=webapp; no pod has that label; the pods of Deployment web are labelled app=web.
        fix: Make the Service's spec.selector and the pod template's labels agree (e.g. selector app=web), then the Service gets endpoints.`);
  });

  it("--json adds problems (and warnings) beside the existing fields", async () => {
    const r = await run(["--json", "web.yaml", "svc.yaml", "dup.yaml"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["errors", "warnings", "objects", "events", "settle", "problems"]);
    expect(out.warnings).toEqual([expect.objectContaining({ file: "dup.yaml", line: 6, object: "ConfigMap/settings", path: "data.mode" })]);
    expect(out.problems).toEqual([
      { id: "duplicate-key", severity: "warning", object: "ConfigMap/settings", path: "data.mode", file: "dup.yaml", line: 6, message: expect.stringContaining('mapping key "mode" is written twice (lines 5 and 6)') as string, fix: expect.any(String) as string },
      { id: "service-selects-no-pods", severity: "warning", object: "Service/web", path: "spec.selector", file: "svc.yaml", line: 5, message: "Service web selects app=webapp; no pod has that label; the pods of Deployment web are labelled app=web.", fix: expect.any(String) as string },
    ]);
  });

  it("prints a key written twice as a warning on stderr with file and line", async () => {
    const r = await run(["dup.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^dup\.yaml:6:3: Warning: ConfigMap\/settings: data\.mode: mapping key "mode" is written twice/);
  });

  it("exits 2 on usage errors and names the problem", async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run(["--frobnicate", "web.yaml"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option --frobnicate");
    const missing = await run(["nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read nope.yaml");
    expect((await run(["--nodes", "0", "web.yaml"])).code).toBe(2);
  });
});
