import { describe, it } from "vitest";
import { expectFail, expectPass, grade } from "./helpers";

const report = (resources: string, replicas = 3, extra = "") => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: report, labels: { app: report } }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: report } }
  template:
    metadata: { labels: { app: report } }
    spec:
      containers:
        - name: report
          image: kubedeck/web:1.0
          resources: ${resources}
${extra}`;

describe("fix-pending", () => {
  it("passes requests that fit, in any units, with limits too", () => {
    expectPass(grade("fix-pending", report("{ requests: { cpu: 500m, memory: 1Gi } }")));
    expectPass(grade("fix-pending", report("{ requests: { cpu: '2', memory: 4096Mi }, limits: { cpu: '3', memory: 8Gi } }")));
  });

  it("passes requests split over two containers", () => {
    const answer = report("{ requests: { cpu: 250m, memory: 512Mi } }") + "        - { name: sidecar, image: nginx, resources: { requests: { cpu: 250m, memory: 512Mi } } }\n";
    expectPass(grade("fix-pending", answer));
  });

  it("fails too little CPU or memory", () => {
    expectFail(grade("fix-pending", report("{ requests: { cpu: 100m, memory: 1Gi } }")), "still-requests-enough", "requests 100m CPU", "at least 500m CPU");
    expectFail(grade("fix-pending", report("{ requests: { cpu: 500m, memory: 512Mi } }")), "still-requests-enough", "at least 1Gi memory");
  });

  it("fails requests that still fit no node, quoting the scheduler", () => {
    expectFail(grade("fix-pending", report("{ requests: { cpu: 500m, memory: 20Gi } }")), "three-ready", "Pending", "Insufficient memory");
  });

  it("fails fewer replicas", () => {
    expectFail(grade("fix-pending", report("{ requests: { cpu: 500m, memory: 1Gi } }", 2)), "three-ready", "2 ready pods labelled app=report, expected at least 3");
  });
});
