import { describe, expect, it } from "vitest";
import { apiErrorText, rejectedDocuments } from "@/lib/scenarios/rejected-documents";
import { starterAnswer } from "@/lib/scenarios/starter-answer";

const error = (line: number, object: string, path: string, message: string) => ({ file: "answer.yaml", line, column: 1, object, path, message });

describe("rejectedDocuments", () => {
  it("counts one document with three errors as one, and names each field path once", () => {
    const documents = rejectedDocuments([
      error(6, "Deployment/web", "spec.replicas", "spec.replicas: Invalid value: -1: must be greater than or equal to 0."),
      error(11, "Deployment/web", "spec.template.metadata.labels", "Invalid value: selector does not match"),
      error(14, "Deployment/web", "spec.template.spec.containers[0].image", "spec.template.spec.containers[0].image: Required value."),
      error(20, "Service/web", "spec.ports", "spec.ports: Required value"),
      error(30, "", "", "error converting YAML to JSON"),
    ]);
    expect(documents.map((document) => [document.object, document.errors.length])).toEqual([["Deployment/web", 3], ["Service/web", 1], ["", 1]]);
    expect(documents[0]?.errors.map((item) => item.text)).toEqual([
      "spec.replicas: Invalid value: -1: must be greater than or equal to 0.",
      "spec.template.metadata.labels: Invalid value: selector does not match",
      "spec.template.spec.containers[0].image: Required value.",
    ]);
  });

  it("leaves a document-level message as it is", () => {
    expect(apiErrorText({ path: "", message: "no matches for kind" })).toBe("no matches for kind");
  });
});

describe("starterAnswer", () => {
  it("names the objects of the first solution as comments, never their fields", () => {
    const text = starterAnswer({
      solutions: [{ title: "", line: 1, explanation: "", files: [{ file: "a.yaml", line: 1, text: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n---\nkind: Ingress\nmetadata: {name: shop}\n" }] }],
    });
    expect(text).toBe('# Write the manifests for the task here; separate objects with a line of ---.\n# The task needs:\n#   - Service "web"\n#   - Ingress "shop"\n');
  });
});
