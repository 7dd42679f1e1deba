/** kubectl's printers in isolation: Go tabwriter blocks, AGE, JSONPath, YAML quoting as go-yaml writes it. */
import { describe, expect, it } from "vitest";
import { humanDuration } from "@/lib/kubectl/printers/age";
import { jsonPath } from "@/lib/kubectl/printers/jsonpath";
import { toYaml } from "@/lib/kubectl/printers/serialize";
import { tabwrite } from "@/lib/kubectl/printers/tabwriter";

describe("tabwrite (Go text/tabwriter)", () => {
  it("aligns a column per block of consecutive lines and lets a tab-free line end the block", () => {
    const text = "Name:\tweb\nService Account:\tdefault\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/web\n";
    expect(tabwrite(text, { minWidth: 0, padding: 2 })).toBe(
      "Name:             web\nService Account:  default\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/web\n",
    );
  });
});

describe("humanDuration (apimachinery HumanDuration)", () => {
  it.each([[5, "5s"], [119, "119s"], [125, "2m5s"], [600, "10m"], [3 * 3600 + 5 * 60, "3h5m"], [9 * 3600 + 59 * 60, "9h"], [50 * 3600, "2d2h"], [9 * 86400, "9d"], [800 * 86400, "2y70d"]])("%d s → %s", (s, want) => {
    expect(humanDuration(s)).toBe(want);
  });
});

describe("jsonPath", () => {
  const pod = { metadata: { name: "web", labels: { app: "web" } }, status: { conditions: [{ type: "Ready", status: "True" }, { type: "PodScheduled", status: "True" }] }, spec: { containers: [{ name: "a", image: "nginx" }, { name: "b", image: "redis" }] } };
  it("reads fields, wildcards, filters, ranges and literals", () => {
    expect(jsonPath("{.spec.containers[*].image}", pod)).toBe("nginx redis");
    expect(jsonPath(".metadata.name", pod)).toBe("web");
    expect(jsonPath('{.status.conditions[?(@.type=="Ready")].status}', pod)).toBe("True");
    expect(jsonPath('{range .spec.containers[*]}{.name}={.image}{"\\n"}{end}', pod)).toBe("a=nginx\nb=redis\n");
    expect(jsonPath("{.metadata.labels}", pod)).toBe('{"app":"web"}');
    expect(jsonPath("{..image}", pod)).toBe("nginx redis");
  });
});

describe("toYaml (sigs.k8s.io/yaml output)", () => {
  it("sorts keys, keeps sequences at their key's indentation and quotes what YAML 1.1 would misread", () => {
    expect(toYaml({ b: "80", a: [{ y: "yes", x: "a: b" }], c: "2026-01-01T00:00:00Z", d: {}, e: "*/5 * * * *" })).toBe(
      'a:\n- x: \'a: b\'\n  "y": "yes"\nb: "80"\nc: "2026-01-01T00:00:00Z"\nd: {}\ne: \'*/5 * * * *\'\n',
    );
  });
});
