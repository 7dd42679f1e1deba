/** Every container names an image (the schema marks image optional; the API server requires it). */
import { str } from "../access";
import { invalid, required } from "./messages";
import { containersOf, podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule, RuleFinding } from "./rule";

export const requiredImage: Rule = {
  meta: { id: "required-image", title: "every container and init container has an image", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    const findings: RuleFinding[] = [];
    for (const { container, path: base, list } of containersOf(pod, true)) {
      const image = str(container.image);
      const path = `${base}.image`;
      if (list !== "ephemeralContainers" && (image === undefined || image.trim() === "")) {
        findings.push(required(path, undefined, 'Add "image:" to the container, e.g. image: nginx:1.27.'));
      } else if (image !== undefined && image !== image.trim()) {
        findings.push(invalid(path, image, "must not have leading or trailing whitespace"));
      }
    }
    return findings;
  },
};
