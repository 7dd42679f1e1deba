/** Custom resources are served once the cluster holds their CustomResourceDefinition. */
import { describe, expect, it } from "vitest";
import type { AdmissionContext } from "@/lib/cluster/admission";
import { admitText } from "./helpers/admit-text";

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: crontabs.stable.example.com}
spec:
  group: stable.example.com
  scope: Namespaced
  names: {plural: crontabs, singular: crontab, kind: CronTab}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        x-kubernetes-preserve-unknown-fields: true
`;
const CR = (version: string) => `apiVersion: stable.example.com/${version}\nkind: CronTab\nmetadata: {name: nightly}\nspec: {cronSpec: "* * * * */5"}\n`;

describe("custom resources", () => {
  const definitions = admitText(CRD).objects;
  const ctx: AdmissionContext = { namespaceExists: () => true, existing: () => undefined, customResourceDefinitions: () => definitions };

  it("admits a CRD, keeping its free-form schema", () => {
    expect(definitions).toHaveLength(1);
    expect(definitions[0]?.spec).toMatchObject({ versions: [{ schema: { openAPIV3Schema: { "x-kubernetes-preserve-unknown-fields": true } } }] });
  });

  it("serves the custom kind once its definition exists, in the default namespace", () => {
    const { objects, errors } = admitText(CR("v1"), ctx);
    expect(errors).toEqual([]);
    expect(objects[0]?.metadata.namespace).toBe("default");
  });

  it("names the served versions when the version is wrong", () => {
    expect(admitText(CR("v2"), ctx).errors[0]?.message).toBe('no matches for kind "CronTab" in version "stable.example.com/v2": its CustomResourceDefinition serves v1.');
  });

  it("answers like kubectl when the definition is missing", () => {
    expect(admitText(CR("v1")).errors[0]?.message).toMatch(/^no matches for kind "CronTab" in version "stable\.example\.com\/v1": .*ensure CRDs are installed first/);
  });
});
