/** Reads and admits manifest text in one call, for tests. */
import { admit, readManifests, type AdmissionContext, type ApiError } from "@/lib/cluster/admission";
import type { KubeObject } from "@/lib/cluster/object";
import { ANY_NAMESPACE } from "./context";

export interface AdmitTextResult {
  objects: KubeObject[];
  errors: ApiError[];
  warnings: ApiError[];
}

export function admitText(text: string, ctx: AdmissionContext = ANY_NAMESPACE, file = "test.yaml"): AdmitTextResult {
  const { documents, errors, warnings } = readManifests([{ file, text }]);
  const objects: KubeObject[] = [];
  for (const doc of documents) {
    const result = admit(doc, ctx);
    if (result.ok) objects.push(result.object);
    else errors.push(...result.errors);
  }
  return { objects, errors, warnings };
}

/** A Deployment "web" whose pod spec is replaced by `podSpec` (YAML indented for the pod spec level). */
export function deployment(podSpec: string, extraSpec = ""): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
${extraSpec}  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
${podSpec.replace(/^/gm, "      ")}
`;
}

export const WEB_CONTAINER = `containers:
- name: web
  image: nginx:1.27`;
