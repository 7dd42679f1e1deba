import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "@/lib/cli/main";
import { solutionText } from "./helpers";

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["grade", ...args], { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, now: () => new Date() });
  return { code, out, err };
}

describe("kubedeck grade", () => {
  const dir = mkdtempSync(join(tmpdir(), "kubedeck-grade-"));
  writeFileSync(join(dir, "good.yaml"), solutionText("expose-web"));
  writeFileSync(join(dir, "bad.yaml"), solutionText("expose-web").replace("replicas: 3", "replicas: 1").replace("  name: web\nspec:", "  name: web\nspec:\n  replica: 2"));

  it("prints one JSON object and exits 0 when every check passes (scenarios found from any directory)", async () => {
    const { code, out } = await run(["expose-web", "good.yaml", "--json"], dir);
    expect(code).toBe(0);
    const json: unknown = JSON.parse(out);
    expect(json).toEqual({
      scenario: "expose-web", passed: true, errors: [],
      checks: [
        { id: "shop-answers", title: expect.any(String), passed: true, message: expect.stringContaining("answered by pod web-") },
        { id: "three-ready", title: expect.any(String), passed: true, message: "3 ready pods with image kubedeck/web:1.0" },
        { id: "replaced-after-delete", title: expect.any(String), passed: true, message: expect.any(String) },
      ],
    });
  });

  it("reports rejected documents as apply does and failed checks, exiting 1", async () => {
    const { code, out } = await run(["expose-web", "bad.yaml", "--json"], dir);
    expect(code).toBe(1);
    const json = JSON.parse(out) as { passed: boolean; errors: Record<string, unknown>[]; checks: { id: string; passed: boolean }[] };
    expect(json.passed).toBe(false);
    expect(json.errors[0]).toEqual({ file: "bad.yaml", line: expect.any(Number), object: "Deployment/web", path: "spec.replica", message: expect.stringContaining("replicas") });
    expect(Object.keys(json.errors[0] ?? {}).sort()).toEqual(["file", "line", "message", "object", "path"]);
  });

  it("prints a readable report in text mode", async () => {
    const { code, out } = await run(["expose-web", "good.yaml"], dir);
    expect(code).toBe(0);
    expect(out).toContain("✓ At least three web pods are ready\n    3 ready pods with image kubedeck/web:1.0");
    expect(out).toContain("Passed: all 3 checks of expose-web.");
  });

  it("exits 2 on an unknown scenario, naming the ones that exist", async () => {
    const { code, err } = await run(["expose-the-web", "good.yaml"], dir);
    expect(code).toBe(2);
    expect(err).toContain('unknown scenario "expose-the-web"');
    for (const id of ["config-and-secret", "cross-namespace", "daemon-everywhere", "expose-web", "fix-pending", "path-routing"]) expect(err).toContain(id);
  });

  it("grades a command task from a script with --commands: transcript first, then the checks", async () => {
    writeFileSync(join(dir, "wrong.sh"), "kubectl expose deployment web \\\n  --port=8080\n");
    writeFileSync(join(dir, "right.sh"), "kubectl expose deployment web --port=8080 --target-port=80\nkubectl get svc web -o jsonpath='{.spec.ports[0].targetPort}'\n");
    const wrong = await run(["cmd-expose-web", "--commands", "wrong.sh"], dir);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/^\$ kubectl expose deployment web \\\n>   --port=8080\nservice\/web exposed\n\n✗ A request from a pod to http:\/\/web:8080\/ is answered by the web pods\n    .*nothing listens on port 8080/);
    const right = await run(["cmd-expose-web", "--commands", "right.sh", "--json"], dir);
    expect(right.code).toBe(0);
    expect((JSON.parse(right.out) as { transcript: unknown[] }).transcript).toEqual([
      { line: "kubectl expose deployment web --port=8080 --target-port=80", output: "service/web exposed\n", code: 0 },
      { line: "kubectl get svc web -o jsonpath='{.spec.ports[0].targetPort}'", output: "80", code: 0 },
    ]);
    expect((await run(["cmd-expose-web", "--commands"], dir)).err).toContain("unknown option --commands (it needs a SCRIPT)");
  });

  it("exits 2 on usage errors: no files, an unknown option, an unreadable file", async () => {
    expect((await run(["expose-web"], dir)).code).toBe(2);
    expect((await run(["expose-web", "good.yaml", "--yaml"], dir)).code).toBe(2);
    expect((await run(["expose-web", "missing.yaml"], dir)).err).toContain("cannot read missing.yaml");
  });
});
