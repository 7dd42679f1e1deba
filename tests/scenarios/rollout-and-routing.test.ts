import { describe, it } from "vitest";
import { expectFail, expectPass, grade, solutionText } from "./helpers";

const web = (strategy: string, probe: string, image = "kubedeck/web:2.0") => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, labels: { app: web } }
spec:
  replicas: 4
  strategy: ${strategy}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ${image}
          ports: [{ name: http, containerPort: 8080 }]
${probe}`;

const PROBE = "          readinessProbe: { httpGet: { path: /healthz, port: 8080 }, initialDelaySeconds: 5 }";
const SAFE = "{ type: RollingUpdate, rollingUpdate: { maxSurge: 2, maxUnavailable: 0 } }";

describe("zero-downtime-rollout", () => {
  it("passes the reference and variants: maxSurge 2, 25% surge as a percentage, a tcpSocket probe on a named port", () => {
    expectPass(grade("zero-downtime-rollout", solutionText("zero-downtime-rollout")));
    expectPass(grade("zero-downtime-rollout", web(SAFE, PROBE)));
    expectPass(grade("zero-downtime-rollout", web("{ rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 } }", "          readinessProbe: { tcpSocket: { port: http } }")));
  });

  it("fails Recreate: no endpoint at all while it runs", () => {
    expectFail(grade("zero-downtime-rollout", web("{ type: Recreate }", PROBE)), "always-four-ready", "while your answer was applied", "0 ready endpoints", "uses the Recreate strategy");
  });

  it("fails the default strategy and maxUnavailable 1: three endpoints", () => {
    expectFail(grade("zero-downtime-rollout", web("{}", PROBE)), "always-four-ready", "3 ready endpoints, expected at least 4");
    expectFail(grade("zero-downtime-rollout", web("{ rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } }", PROBE)), "always-four-ready", "3 ready endpoints", "may take 1 of its 4 pods away at a time", "set maxUnavailable: 0");
  });

  it("fails no readiness probe: requests reach a 2.0 pod before it answers", () => {
    expectFail(grade("zero-downtime-rollout", web(SAFE, "")), "no-failed-request", "answers nothing on 8080 until 15 s after start", "has no readiness probe");
  });

  it("fails a probe on the wrong port: the rollout stalls and says why", () => {
    expectFail(grade("zero-downtime-rollout", web(SAFE, "          readinessProbe: { httpGet: { path: /healthz, port: 8081 } }")), "rollout-complete",
      "stalled", "nothing listens on 8081", "kubedeck/web:2.0 listens on 8080");
  });

  it("fails a rollout to the wrong image", () => {
    expectFail(grade("zero-downtime-rollout", web(SAFE, PROBE, "kubedeck/web:1.0")), "rollout-complete", "no pod runs kubedeck/web:2.0");
  });
});

const SERVICES = `apiVersion: v1
kind: Service
metadata: { name: frontend }
spec: { selector: { app: web }, ports: [{ name: http, port: 8000, targetPort: 8080 }] }
---
apiVersion: v1
kind: Service
metadata: { name: backend }
spec: { selector: { app: api }, ports: [{ port: 3000 }] }
---`;

const ingress = (paths: string) => `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: routes }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
${paths}`;

const API = (path: string, type: string) => `          - { path: ${path}, pathType: ${type}, backend: { service: { name: backend, port: { number: 3000 } } } }`;
const WEB = "          - { path: /, pathType: Prefix, backend: { service: { name: frontend, port: { name: http } } } }";

describe("path-routing", () => {
  it("passes the reference and variants: other names, named ports, /api/ with a trailing slash, ImplementationSpecific", () => {
    expectPass(grade("path-routing", solutionText("path-routing")));
    expectPass(grade("path-routing", SERVICES + ingress(`${API("/api", "Prefix")}\n${WEB}`)));
    expectPass(grade("path-routing", SERVICES + ingress(`${API("/api/", "Prefix")}\n${WEB}`)));
    expectPass(grade("path-routing", SERVICES + ingress(`${API("/api", "ImplementationSpecific")}\n${WEB}`)));
  });

  it("passes an Exact /api and a Prefix /api/ together", () => {
    expectPass(grade("path-routing", SERVICES + ingress(`${API("/api", "Exact")}\n${API("/api/", "Prefix")}\n${WEB}`)));
  });

  it("fails Exact /api alone: /api/orders reaches the web app", () => {
    expectFail(grade("path-routing", SERVICES + ingress(`${API("/api", "Exact")}\n${WEB}`)), "api-subpath", "Ingress routes → Service frontend:8000", "it should reach pods labelled app=api", "labels app=web");
  });

  it("fails swapped backends", () => {
    const swapped = ingress(`${API("/", "Prefix")}\n${WEB.replace("path: /,", "path: /api,")}`);
    const result = grade("path-routing", SERVICES + swapped);
    expectFail(result, "api-root", "it should reach pods labelled app=api");
    expectFail(result, "root-to-web", "it should reach pods labelled app=web");
  });
});
