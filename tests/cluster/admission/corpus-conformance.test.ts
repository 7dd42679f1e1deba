/**
 * Conformance over the Kubernetes documentation's examples (../shared/corpus/k8s-website-examples):
 * every valid object is admitted, and the documents the corpus README singles out get the answer a
 * current API server gives. Each file is applied on its own, as `kubectl apply -f FILE` would.
 */
import { describe, expect, it } from "vitest";
import { admit, readManifests, type ApiError, type ManifestSource } from "@/lib/cluster/admission";
import { corpusAvailable, CORPUS_DIR, loadCorpus } from "./helpers/corpus";
import { ANY_NAMESPACE, testContext } from "./helpers/context";

/** file → a phrase its (single) rejection must contain. Everything not listed must be admitted. */
const EXPECTED_REJECTIONS: Readonly<Record<string, string>> = {
  "policy/baseline-psp.yaml": 'no matches for kind "PodSecurityPolicy" in version "policy/v1beta1"',
  "policy/example-psp.yaml": 'no matches for kind "PodSecurityPolicy" in version "policy/v1beta1"',
  "policy/privileged-psp.yaml": 'no matches for kind "PodSecurityPolicy" in version "policy/v1beta1"',
  "policy/restricted-psp.yaml": 'no matches for kind "PodSecurityPolicy" in version "policy/v1beta1"',
  "priority-and-fairness/health-for-strangers.yaml": 'no matches for kind "FlowSchema" in version "flowcontrol.apiserver.k8s.io/v1beta2"',
  "audit/audit-policy.yaml": "this is a configuration file for the kube-apiserver's audit logging",
  "admin/konnectivity/egress-selector-configuration.yaml": "this is a configuration file for the kube-apiserver",
  "pods/security/seccomp/kind.yaml": "this is a configuration file for kind",
  "application/ssa/nginx-deployment-replicas-only.yaml": "spec.selector: Required value",
  // a template meant to be expanded with sed before use: "$ITEM" is not a valid name on a real server either
  "application/job/job-tmpl.yaml": 'metadata.name: Invalid value: "process-item-$ITEM"',
  // IPv6 families on a single-stack IPv4 cluster
  "service/networking/dual-stack-ipfamilies-ipv6.yaml": 'spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
  "service/networking/dual-stack-prefer-ipv6-lb-svc.yaml": 'spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
  "service/networking/dual-stack-preferred-ipfamilies-svc.yaml": 'spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
  // the pre-1.20 alpha field, gone from the API: strict decoding refuses it
  "service/networking/dual-stack-ipv6-svc.yaml": 'unknown field "spec.ipFamily"',
};

const MISSING_NAMESPACE_FILES = [
  "pods/qos/qos-pod.yaml",
  "pods/qos/qos-pod-2.yaml",
  "pods/qos/qos-pod-3.yaml",
  "pods/qos/qos-pod-4.yaml",
  "pods/resource/cpu-request-limit.yaml",
  "pods/resource/cpu-request-limit-2.yaml",
  "pods/resource/memory-request-limit.yaml",
  "pods/resource/memory-request-limit-2.yaml",
  "pods/resource/memory-request-limit-3.yaml",
];

function applyFile(source: ManifestSource, ctx = ANY_NAMESPACE): { admitted: number; errors: ApiError[] } {
  const { documents, errors } = readManifests([source]);
  let admitted = 0;
  for (const doc of documents) {
    const result = admit(doc, ctx);
    if (result.ok) admitted++;
    else errors.push(...result.errors);
  }
  return { admitted, errors };
}

describe.skipIf(!corpusAvailable())(`corpus conformance (${CORPUS_DIR})`, () => {
  const corpus = corpusAvailable() ? loadCorpus() : [];

  it("reads all 292 documents of the 260 files without a read error", () => {
    expect(corpus).toHaveLength(260);
    const { documents, errors } = readManifests(corpus);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(292);
  });

  it("admits every document except the expected rejections, which get the expected answer", () => {
    let admitted = 0;
    const unexpected: string[] = [];
    for (const source of corpus) {
      const result = applyFile(source);
      admitted += result.admitted;
      const expected = EXPECTED_REJECTIONS[source.file];
      if (expected === undefined) {
        for (const e of result.errors) unexpected.push(`${e.file}:${e.line} ${e.message}`);
      } else {
        expect(result.errors.length, source.file).toBeGreaterThan(0);
        expect(result.errors.map((e) => e.message).join("\n"), source.file).toContain(expected);
      }
    }
    expect(unexpected).toEqual([]);
    // 292 documents minus one rejected document per listed file
    expect(admitted).toBe(292 - Object.keys(EXPECTED_REJECTIONS).length);
  });

  it("with only the system namespaces, the 9 mem/cpu/qos examples get namespaces \"…\" not found", () => {
    const ctx = testContext();
    const notFound = new Map<string, string>();
    for (const source of corpus) {
      for (const e of applyFile(source, ctx).errors) if (/namespaces ".*" not found/.test(e.message)) notFound.set(source.file, e.message);
    }
    expect([...notFound.keys()].sort()).toEqual([...MISSING_NAMESPACE_FILES].sort());
    expect(notFound.get("pods/qos/qos-pod.yaml")).toMatch(/^namespaces "qos-example" not found\. Create the Namespace first/);
  });

  it("points every rejection at a line of its file", () => {
    for (const file of Object.keys(EXPECTED_REJECTIONS)) {
      const source = corpus.find((s) => s.file === file);
      if (!source) throw new Error(`missing corpus file ${file}`);
      const lines = source.text.split("\n").length;
      for (const e of applyFile(source).errors) {
        expect(e.file).toBe(file);
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.line).toBeLessThanOrEqual(lines);
      }
    }
  });
});

// The corpus suites here and in corpus.test.ts, robustness, block-positions and fast-path-equivalence
// only run when the corpus is there: this one fails when it is not, so a moved corpus cannot pass unnoticed.
describe("corpus", () => {
  it(`is present at ${CORPUS_DIR}`, () => {
    expect(corpusAvailable(), `the corpus is missing at ${CORPUS_DIR}: it sits beside the repository as ../shared`).toBe(true);
  });
});
