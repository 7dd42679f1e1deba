/** The rollout check on a template change that keeps the image: old pods are told apart by the Deployment's status. */
import { describe, expect, it } from "vitest";
import { check, WEB } from "./inline";

const ROLLOUT = "- id: done\n  title: rolled out\n  type: rollout\n  deployment: web\n  image: kubedeck/web:1.0\n  replicas: 2";
const withProbe = (port: number): string => WEB("web", 2).replace("ports: [{ name: http, containerPort: 8080 }] }]", `ports: [{ name: http, containerPort: 8080 }], readinessProbe: { httpGet: { path: /healthz, port: ${port} } } }]`);

describe("rollout check after a template change with the same image", () => {
  it("fails while pods of the previous template still serve, naming the stuck new pod", () => {
    const answer = withProbe(80);
    expect(answer).toContain("port: 80 }");
    const result = check(ROLLOUT, answer, WEB("web", 2));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^the rollout stalled: 2 pods of the previous pod template still run\. web-\S+ is running but not Ready: container web's readiness probe \(httpGet :80\/healthz\) fails/);
  });

  it("passes once every pod runs the new template", () => {
    const result = check(ROLLOUT, withProbe(8080), WEB("web", 2));
    expect(result).toMatchObject({ passed: true, message: "the rollout finished: 2 ready pods run kubedeck/web:1.0" });
  });
});
