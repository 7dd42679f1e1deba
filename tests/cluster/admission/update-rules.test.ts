/** Updates of stored objects: immutable fields refused, allocated values carried over. */
import { describe, expect, it } from "vitest";
import type { KubeObject } from "@/lib/cluster/object";
import { admitText, deployment, WEB_CONTAINER } from "./helpers/admit-text";
import { testContext } from "./helpers/context";

function stored(text: string): KubeObject {
  const { objects, errors } = admitText(text);
  expect(errors).toEqual([]);
  const object = objects[0];
  if (!object) throw new Error("nothing admitted");
  return object;
}

function update(before: string, after: string, mutate?: (o: KubeObject) => void) {
  const previous = stored(before);
  mutate?.(previous);
  return admitText(after, testContext(["default"], [previous]));
}

const SERVICE = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n";

describe("update rules", () => {
  it("accepts a changed image on a Deployment and refuses a changed selector", () => {
    const before = deployment(WEB_CONTAINER);
    expect(update(before, before.replace("nginx:1.27", "nginx:1.28")).errors).toEqual([]);
    const after = before.replace(/app: web/g, "app: shop");
    const { errors } = update(before, after);
    expect(errors.map((e) => e.path)).toEqual(["spec.selector"]);
    expect(errors[0]?.message).toMatch(/^spec\.selector: Invalid value: .*: field is immutable\. Delete the object/);
  });

  it("lets a StatefulSet change replicas and template but not volumeClaimTemplates", () => {
    const sts = (size: string, replicas: number) => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: ${replicas}
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: postgres:16}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: ${size}}}}
`;
    expect(update(sts("1Gi", 1), sts("1Gi", 3)).errors).toEqual([]);
    const { errors } = update(sts("1Gi", 1), sts("2Gi", 1));
    expect(errors[0]?.message).toMatch(/^spec: Forbidden: updates to statefulset spec for fields other than 'replicas'/);
  });

  it("keeps a Service's allocated clusterIP and nodePort when the manifest leaves them out", () => {
    const previousText = SERVICE.replace("ports: [{port: 80}]", "type: NodePort\n  ports: [{port: 80}]");
    const { objects, errors } = update(previousText, previousText, (o) => {
      const spec = o.spec as { clusterIP?: string; ports: { nodePort?: number }[] };
      spec.clusterIP = "10.96.0.10";
      if (spec.ports[0]) spec.ports[0].nodePort = 30080;
    });
    expect(errors).toEqual([]);
    expect(objects[0]?.spec).toMatchObject({ clusterIP: "10.96.0.10", ports: [{ nodePort: 30080 }] });
  });

  it("refuses a changed clusterIP", () => {
    const { errors } = update(SERVICE, SERVICE.replace("spec:\n", "spec:\n  clusterIP: 10.96.0.99\n"), (o) => {
      (o.spec as { clusterIP?: string }).clusterIP = "10.96.0.10";
    });
    expect(errors[0]?.message).toMatch(/^spec\.clusterIP: Invalid value: "10\.96\.0\.99": field is immutable/);
  });

  it("lets a PVC grow its request but not change its access modes", () => {
    const claim = (mode: string, size: string) => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec:\n  accessModes: [${mode}]\n  resources: {requests: {storage: ${size}}}\n`;
    expect(update(claim("ReadWriteOnce", "1Gi"), claim("ReadWriteOnce", "2Gi")).errors).toEqual([]);
    expect(update(claim("ReadWriteOnce", "1Gi"), claim("ReadWriteMany", "1Gi")).errors[0]?.message).toMatch(/^spec: Forbidden: spec is immutable after creation/);
  });

  it("refuses changes to an immutable ConfigMap's data", () => {
    const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\nimmutable: true\ndata: {a: "${value}"}\n`;
    expect(update(cm("1"), cm("1")).errors).toEqual([]);
    const { errors } = update(cm("1"), cm("2"));
    expect(errors.map((e) => e.path)).toEqual(["data"]);
    expect(errors[0]?.message).toMatch(/^data: Forbidden: field is immutable when `immutable` is set/);
  });

  it("refuses a changed Job template but keeps the generated selector", () => {
    const job = (image: string) => `apiVersion: batch/v1\nkind: Job\nmetadata: {name: once}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: job, image: "${image}"}]\n`;
    const generate = (o: KubeObject) => {
      const spec = o.spec as { selector?: unknown; template: { metadata?: { labels?: Record<string, string> } } };
      spec.selector = { matchLabels: { "batch.kubernetes.io/controller-uid": "u1" } };
      spec.template.metadata = { labels: { "batch.kubernetes.io/controller-uid": "u1", "batch.kubernetes.io/job-name": "once" } };
    };
    expect(update(job("busybox:1.36"), job("busybox:1.36"), generate).errors).toEqual([]);
    expect(update(job("busybox:1.36"), job("busybox:1.37"), generate).errors.map((e) => e.path)).toEqual(["spec.template"]);
  });

  it("refuses a changed roleRef", () => {
    const binding = (role: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: read}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: ${role}}\nsubjects: [{kind: ServiceAccount, name: default}]\n`;
    expect(update(binding("reader"), binding("writer")).errors[0]?.message).toMatch(/^roleRef: Invalid value: .*: cannot change roleRef/);
  });

  it("refuses a resourceVersion on create, ignores it on update, and drops status and cluster-owned metadata", () => {
    const exported = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  uid: abc-123\n  resourceVersion: \"42\"\n  creationTimestamp: \"2024-01-01T00:00:00Z\"\ndata: {a: b}\n";
    const created = admitText(exported);
    expect(created.errors[0]).toMatchObject({ path: "metadata.resourceVersion", line: 6 });
    expect(created.errors[0]?.message).toMatch(/^resourceVersion should not be set on objects to be created/);
    const previous = stored("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {a: b}\n");
    const updated = admitText(exported, testContext(["default"], [previous]));
    expect(updated.errors).toEqual([]);
    expect(updated.objects[0]?.metadata).toEqual({ name: "cfg", namespace: "default" });
    const withStatus = admitText(`${deployment(WEB_CONTAINER)}status:\n  replicas: 3\n`);
    expect(withStatus.objects[0]?.status).toBeUndefined();
  });

  it("leaves out fields written as null, as Go's decoding does", () => {
    const { objects, errors } = admitText("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  labels:\ndata:\n  a: b\n");
    expect(errors).toEqual([]);
    expect(objects[0]?.metadata).toEqual({ name: "cfg", namespace: "default" });
  });
});
