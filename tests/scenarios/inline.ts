/** Small scenarios written inline, to test one check type at a time. */
import { expect } from "vitest";
import { gradeScenario, parseScenario, type CheckResult, type Scenario } from "@/lib/scenarios";

export function inlineScenario(checks: string, given = "", cluster = ""): Scenario {
  const text = [
    "---", "id: inline", "title: Inline", "topics: [test]", "difficulty: easy", "---", "", "## Task", "", "Test.", "",
    "## Starting cluster", "", ...(cluster ? ["```cluster", cluster, "```", ""] : []), ...(given ? ["```yaml", given, "```", ""] : []),
    "## Checks", "", "```checks", checks, "```", "", "## Solution", "", "```yaml", "apiVersion: v1", "kind: ConfigMap", "metadata: { name: x }", "```", "",
  ].join("\n");
  const { scenario, issues } = parseScenario(text, "inline.md");
  expect(issues).toEqual([]);
  if (!scenario) throw new Error("inline scenario does not parse");
  return scenario;
}

/** Grades `answer` against one inline check and returns its result. */
export function check(checks: string, answer: string, given = "", cluster = ""): CheckResult {
  const result = gradeScenario(inlineScenario(checks, given, cluster), [{ file: "answer.yaml", text: answer }], { picture: false });
  expect(result.errors.map((e) => e.message)).toEqual([]);
  const first = result.checks[0];
  if (!first) throw new Error("no check result");
  return first;
}

export const WEB = (name = "web", replicas = 2, labels = `{ app: ${name} }`, image = "kubedeck/web:1.0") => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: ${labels} }
  template:
    metadata: { labels: ${labels} }
    spec:
      containers: [{ name: ${name}, image: "${image}", ports: [{ name: http, containerPort: 8080 }] }]
`;

export const SVC = (name = "web", spec = "selector: { app: web }\n  ports: [{ port: 80, targetPort: 8080 }]") => `apiVersion: v1
kind: Service
metadata: { name: ${name} }
spec:
  ${spec}
`;
