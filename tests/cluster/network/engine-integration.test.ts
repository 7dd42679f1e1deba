/**
 * The network layer on objects the simulated cluster produced (admission, controllers, scheduler and
 * kubelet), rather than on hand-written fixtures: the status fields it reads must be the ones the
 * engine writes.
 */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster/cluster";
import { resolveDns, simulateRequest } from "@/lib/cluster/network";

const WEB = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: "kubedeck/web:1.0", ports: [{ name: http, containerPort: 8080 }] }]
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: http }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }]
`;

describe("network layer on a settled simulated cluster", () => {
  it("answers the shop through the Ingress and resolves the Service", () => {
    const cluster = createCluster();
    expect(cluster.apply([{ file: "web.yaml", text: WEB }]).errors).toEqual([]);
    cluster.settle();
    const objects = cluster.objects();
    const result = simulateRequest(objects, { from: { kind: "external" }, url: "http://shop.example.com/" }, cluster.iso());
    expect(result.answered).toBe(true);
    expect(result.candidates).toHaveLength(3);
    expect(result.candidates.every((c) => c.answers && c.port === 8080)).toBe(true);
    const service = cluster.get("Service", "default", "web");
    const clusterIP = (service?.spec as { clusterIP?: string } | undefined)?.clusterIP;
    expect(resolveDns("web.default", "kube-system", objects).addresses).toEqual([clusterIP]);
  });

  it("explains a selector that matches none of the engine's pods", () => {
    const cluster = createCluster();
    cluster.apply([{ file: "web.yaml", text: WEB.replace("selector: { app: web }", "selector: { app: shop-web }") }]);
    cluster.settle();
    const result = simulateRequest(cluster.objects(), { from: { kind: "external" }, url: "http://shop.example.com/" }, cluster.iso());
    expect(result.summary).toBe(
      "shop.example.com/ → Ingress shop → Service web:80 → no ready endpoints: the selector app=shop-web matches no pod; your pods are labelled app=web",
    );
  });

  it("says which image was meant when a misspelt one cannot be pulled", () => {
    const cluster = createCluster();
    cluster.apply([{ file: "web.yaml", text: WEB.replace('image: "kubedeck/web:1.0"', 'image: "kubedeck/wbe:1.0"') }]);
    cluster.settle();
    const result = simulateRequest(cluster.objects(), { from: { kind: "external" }, url: "http://shop.example.com/" }, cluster.iso());
    expect(result.answered).toBe(false);
    expect(result.summary).toMatch(/container web is in ImagePullBackOff: .* \(did you mean kubedeck\/web\?\)/);
  });
});
