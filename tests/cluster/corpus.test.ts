/**
 * The Kubernetes documentation's examples (../shared/corpus/k8s-website-examples, see its README),
 * each file applied alone to a fresh default cluster and settled. `corpus-expected.txt` is the
 * reviewed outcome per file: rejected documents with the API server's reason, and every pod's kubectl
 * STATUS (Running / Completed, or Pending / ContainerCreating / CreateContainerConfigError for the
 * object the file refers to but does not contain, or CrashLoopBackOff for pods whose command exits
 * under restartPolicy Always, or Pending where nodes lack what the pod asks for, e.g. example.com/dongle). Regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster/cluster";
import { podStatus } from "@/lib/cluster/format/pod-columns";

const CORPUS = join(import.meta.dirname, "../../../shared/corpus/k8s-website-examples");
const EXPECTED = join(import.meta.dirname, "corpus-expected.txt");

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function outcome(path: string): { line: string; stable: boolean } {
  const file = relative(CORPUS, path);
  const c = createCluster();
  const { errors } = c.apply([{ file, text: readFileSync(path, "utf8") }]);
  const settle = c.settle();
  const parts = [file];
  for (const e of errors) parts.push(`  rejected ${e.object}: ${e.path ? `${e.path}: ` : ""}${e.message.split(". ")[0] ?? ""}`);
  for (const p of c.list("Pod")) {
    parts.push(`  pod ${p.metadata.namespace ?? ""}/${p.metadata.name ?? ""}: ${podStatus(p)}`);
  }
  return { line: parts.join("\n"), stable: settle.stable };
}

describe.skipIf(!existsSync(CORPUS))("k8s website examples corpus", () => {
  it("every file settles and matches the reviewed outcome", () => {
    const all = files(CORPUS);
    expect(all).toHaveLength(260);
    const results = all.map(outcome);
    expect(results.filter((r) => !r.stable).map((r) => r.line)).toEqual([]);
    const text = `${results.map((r) => r.line).join("\n")}\n`;
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(EXPECTED, text);
    expect(text).toBe(readFileSync(EXPECTED, "utf8"));
  });

  it("settles with every file applied to one cluster (quotas and LimitRanges then bite everything)", () => {
    const c = createCluster();
    const { accepted, errors } = c.apply(files(CORPUS).map((p) => ({ file: relative(CORPUS, p), text: readFileSync(p, "utf8") })));
    expect(accepted.length).toBeGreaterThan(100);
    expect(errors.length).toBeGreaterThan(23);
    const settle = c.settle();
    expect(settle.stable).toBe(true);
    // The docs' ResourceQuota examples land in "default", so controllers meet refusals and report them.
    expect(c.events().some((e) => e.reason === "FailedCreate" && e.message.includes("exceeded quota"))).toBe(true);
  });

  it("rejects exactly the documents the corpus README describes", () => {
    const rejected = files(CORPUS).filter((p) => {
      const c = createCluster();
      return c.apply([{ file: p, text: readFileSync(p, "utf8") }]).errors.length > 0;
    }).map((p) => relative(CORPUS, p));
    expect(rejected).toEqual([
      "admin/konnectivity/egress-selector-configuration.yaml",
      "application/job/job-tmpl.yaml",
      "application/ssa/nginx-deployment-replicas-only.yaml",
      "audit/audit-policy.yaml",
      "pods/qos/qos-pod-2.yaml",
      "pods/qos/qos-pod-3.yaml",
      "pods/qos/qos-pod-4.yaml",
      "pods/qos/qos-pod.yaml",
      "pods/resource/cpu-request-limit-2.yaml",
      "pods/resource/cpu-request-limit.yaml",
      "pods/resource/memory-request-limit-2.yaml",
      "pods/resource/memory-request-limit-3.yaml",
      "pods/resource/memory-request-limit.yaml",
      "pods/security/seccomp/kind.yaml",
      "policy/baseline-psp.yaml",
      "policy/example-psp.yaml",
      "policy/privileged-psp.yaml",
      "policy/restricted-psp.yaml",
      "priority-and-fairness/health-for-strangers.yaml",
      "service/networking/dual-stack-ipfamilies-ipv6.yaml",
      "service/networking/dual-stack-ipv6-svc.yaml",
      "service/networking/dual-stack-prefer-ipv6-lb-svc.yaml",
      "service/networking/dual-stack-preferred-ipfamilies-svc.yaml",
    ]);
  });
});
