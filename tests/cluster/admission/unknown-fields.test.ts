/** Strict decoding: unknown fields refused as `kubectl apply --validate=strict` does, with useful hints. */
import { describe, expect, it } from "vitest";
import { admitText, deployment, WEB_CONTAINER } from "./helpers/admit-text";

function unknown(text: string): string[] {
  return admitText(text).errors.filter((e) => e.message.startsWith("unknown field")).map((e) => e.message);
}

describe("unknown fields", () => {
  it.each([
    [deployment(WEB_CONTAINER).replace("  name: web\nspec", "  name: web\n  label: {a: b}\nspec"), 'unknown field "metadata.label". Did you mean "labels"?'],
    [deployment(`${WEB_CONTAINER}\n  imagepullpolicy: Always`), 'unknown field "spec.template.spec.containers[0].imagepullpolicy". Did you mean "imagePullPolicy"?'],
    [deployment(WEB_CONTAINER, "  replcas: 2\n"), 'unknown field "spec.replcas". Did you mean "replicas"?'],
    [deployment(`${WEB_CONTAINER}\n  ports:\n  - port: 80`), 'unknown field "spec.template.spec.containers[0].ports[0].port". Did you mean "containerPort"?'],
    [deployment(`${WEB_CONTAINER}\nreplicas: 2`), 'unknown field "spec.template.spec.replicas". "replicas" is a field of spec: check the indentation, it probably belongs further up.'],
    [deployment(`${WEB_CONTAINER}\n  requests: {cpu: 100m}`), 'unknown field "spec.template.spec.containers[0].requests". "requests" goes inside "resources": resources: {requests: …}.'],
  ])("%#: reports %s", (text, message) => {
    expect(unknown(text)).toContain(message);
  });

  it("accepts any key in maps (labels, annotations, data, resources) and free-form fields", () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
  labels: {anything.example.com/goes: here}
  annotations: {whatever: "x"}
data:
  ANY_KEY: value
---
${deployment(`${WEB_CONTAINER}\n  resources:\n    limits: {nvidia.com/gpu: 1}`)}`;
    expect(admitText(text).errors).toEqual([]);
  });

  it("points at the line of the unknown field", () => {
    const { errors } = admitText(deployment(WEB_CONTAINER, "  replcas: 2\n"));
    expect(errors[0]).toMatchObject({ line: 6, column: 3, path: "spec.replcas", object: "Deployment/web" });
  });
});
