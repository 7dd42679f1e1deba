import { describe, expect, it } from "vitest";
import { expectFail, expectPass, grade, gradeFiles } from "./helpers";

const NS = "apiVersion: v1\nkind: Namespace\nmetadata: { name: team-a }\n---\n";
const deploy = (ns = "team-a", labels = "{ team: a, app: site }") => `apiVersion: apps/v1
kind: Deployment
metadata: { name: site, namespace: ${ns} }
spec:
  replicas: 1
  selector: { matchLabels: ${labels} }
  template:
    metadata: { labels: ${labels} }
    spec:
      containers: [{ name: site, image: "kubedeck/web:1.0", ports: [{ name: web, containerPort: 8080 }] }]
---
`;
const service = (ns = "team-a", ports = "[{ port: 80, targetPort: web }]") => `apiVersion: v1
kind: Service
metadata: { name: web, namespace: ${ns} }
spec: { selector: { app: site }, ports: ${ports} }
`;

describe("cross-namespace", () => {
  it("passes other names and a named target port", () => {
    expectPass(grade("cross-namespace", NS + deploy() + service()));
  });

  it("passes with extra objects: a ConfigMap in team-a and a second Service in default", () => {
    const extra = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings, namespace: team-a }\ndata: { a: b }\n---\n" + service("default").replace("name: web,", "name: web-mirror,");
    expectPass(grade("cross-namespace", NS + deploy() + service() + extra));
  });

  it("passes the Namespace in a file that sorts first", () => {
    expectPass(gradeFiles([{ file: "b-app.yaml", text: deploy() + service() }, { file: "a-namespace.yaml", text: NS }], "cross-namespace"));
  });

  it("fails everything in default: the name does not resolve", () => {
    expectFail(grade("cross-namespace", deploy("default") + service("default")), "reach-team-a", "does not resolve", "namespace team-a does not exist");
  });

  it("fails a Service without port 80", () => {
    expectFail(grade("cross-namespace", NS + deploy() + service("team-a", "[{ port: 8080, targetPort: web }]")), "reach-team-a", "has no port 80");
  });

  it("rejects objects in a namespace that does not exist, as the API server does", () => {
    const result = grade("cross-namespace", deploy() + service());
    expect(result.errors.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringContaining('namespaces "team-a" not found')]));
    expectFail(result, "reach-team-a");
  });
});
