import { describe, expect, it } from "vitest";
import { exposeWebAnswer } from "../fixtures/expose-web-answer";
import { expectFail, expectPass, grade, solutionText } from "./helpers";

const INGRESS = (service: string, port: string) => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: storefront }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths: [{ path: /, pathType: Prefix, backend: { service: { name: ${service}, port: ${port} } } }]
`;

const DEPLOY = (name: string, labels: string, replicas = 3, ports = "[{ name: http, containerPort: 8080 }]") => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: ${labels} }
  template:
    metadata: { labels: ${labels} }
    spec:
      containers: [{ name: server, image: "kubedeck/web:1.0", ports: ${ports} }]
`;

describe("expose-web", () => {
  it("passes the reference solution", () => {
    expectPass(grade("expose-web", solutionText("expose-web")));
  });

  it("passes other names, a named target port and a named Ingress backend port", () => {
    const answer = `${DEPLOY("storefront", "{ tier: front, shop: 'yes' }", 4)}---
apiVersion: v1
kind: Service
metadata: { name: front }
spec:
  selector: { tier: front }
  ports: [{ name: web, port: 8000, targetPort: http }]
---${INGRESS("front", "{ name: web }")}`;
    expectPass(grade("expose-web", answer));
  });

  it("passes the image spelled with its registry", () => {
    expectPass(grade("expose-web", solutionText("expose-web").replace("image: kubedeck/web:1.0", "image: docker.io/kubedeck/web:1.0")));
  });

  it("passes with extra objects (a ConfigMap, a second Service)", () => {
    const extra = `---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { greeting: hello }
---
apiVersion: v1
kind: Service
metadata: { name: web-np }
spec: { type: NodePort, selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }`;
    expectPass(grade("expose-web", solutionText("expose-web") + extra));
  });

  it("carries the engine's problems in the grade result: none for the reference, the selector typo for a wrong answer", () => {
    expect(grade("expose-web", solutionText("expose-web")).problems?.filter((p) => p.severity !== "info")).toEqual([]);
    const answer = `${DEPLOY("web", "{ app: webapp }")}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: 8080 }]
---${INGRESS("web", "{ number: 80 }")}`;
    const problems = grade("expose-web", answer).problems ?? [];
    expect(problems).toContainEqual(expect.objectContaining({
      id: "service-selects-no-pods", severity: "warning", object: "Service/web", file: "answer.yaml", path: "spec.selector",
      message: "Service web selects app=web; no pod has that label; the pods of Deployment web are labelled app=webapp.",
    }));
  });

  it("gives the browser test's wrong answer the problem the scenario page shows", () => {
    const problems = grade("expose-web", exposeWebAnswer("shop-web")).problems ?? [];
    expect(problems.map((p) => `${p.severity} ${p.id}: ${p.message}`)).toContain("warning service-selects-no-pods: Service web selects app=shop-web; no pod has that label; the pods of Deployment web are labelled app=web.");
  });

  it("fails three bare Pods, saying nothing recreates them", () => {
    const pods = [1, 2, 3].map((i) => `apiVersion: v1
kind: Pod
metadata: { name: web-${i}, labels: { app: web } }
spec: { containers: [{ name: web, image: "kubedeck/web:1.0" }] }`).join("\n---\n");
    const svc = `
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: 8080 }] }
---${INGRESS("web", "{ number: 80 }")}`;
    const result = grade("expose-web", pods + svc);
    expectFail(result, "replaced-after-delete", "bare Pod", "nothing recreates");
    expect(result.checks.find((c) => c.id === "shop-answers")?.passed).toBe(true);
  });

  it("fails a selector that matches no pod, naming the labels the pods have", () => {
    const answer = `${DEPLOY("web", "{ app: shop }")}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: shop-web }, ports: [{ port: 80, targetPort: 8080 }] }
---${INGRESS("web", "{ number: 80 }")}`;
    expectFail(grade("expose-web", answer), "shop-answers", "shop.example.com/ → Ingress storefront → Service web:80 → no ready endpoints: the selector app=shop-web matches no pod; your pods are labelled app=shop");
  });

  it("fails a Service whose target port nothing listens on", () => {
    const answer = `${DEPLOY("web", "{ app: web }")}---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
---${INGRESS("web", "{ number: 80 }")}`;
    expectFail(grade("expose-web", answer), "shop-answers", "nothing listens on port 80");
  });

  it("fails two replicas and an Ingress for another host", () => {
    expectFail(grade("expose-web", solutionText("expose-web").replace("replicas: 3", "replicas: 2")), "three-ready", "2 ready pods", "at least 3");
    expectFail(grade("expose-web", solutionText("expose-web").replace("host: shop.example.com", "host: www.example.com")), "shop-answers", "no Ingress rule for host shop.example.com");
  });
});
