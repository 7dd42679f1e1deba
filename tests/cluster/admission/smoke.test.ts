import { describe, expect, it } from "vitest";
import { admit, readManifests, type AdmissionContext } from "@/lib/cluster/admission";

const ctx: AdmissionContext = { namespaceExists: (n) => n === "default", existing: () => undefined };

describe("admission smoke", () => {
  it("admits and defaults a Deployment", () => {
    const text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n";
    const { documents, errors } = readManifests([{ file: "d.yaml", text }]);
    expect(errors).toEqual([]);
    const result = admit(documents[0]!, ctx);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.object.metadata.namespace).toBe("default");
      expect(result.object.spec).toMatchObject({ replicas: 1, revisionHistoryLimit: 10, strategy: { type: "RollingUpdate" } });
    }
  });
});
