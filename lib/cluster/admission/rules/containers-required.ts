/** A pod has at least one container. */
import { list } from "../access";
import { required } from "./messages";
import { podTemplateOf, POD_KINDS } from "./pod-templates";
import type { Rule } from "./rule";

export const containersRequired: Rule = {
  meta: { id: "containers-required", title: "a pod spec has at least one container", kinds: POD_KINDS },
  check(object) {
    const pod = podTemplateOf(object);
    if (!pod) return [];
    if (list(pod.spec.containers).length > 0) return [];
    return [required(`${pod.specPath}.containers`, undefined, 'Add a "containers:" list with at least one container (name and image).')];
  },
};
