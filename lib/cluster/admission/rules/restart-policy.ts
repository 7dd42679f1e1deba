/** The pod restartPolicy each controller allows: Always for long-running workloads, OnFailure or Never for Jobs. */
import { str } from "../access";
import { unsupported } from "./messages";
import { podTemplateOf } from "./pod-templates";
import type { Rule } from "./rule";

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  Deployment: ["Always"],
  ReplicaSet: ["Always"],
  StatefulSet: ["Always"],
  DaemonSet: ["Always"],
  ReplicationController: ["Always"],
  Job: ["OnFailure", "Never"],
  CronJob: ["OnFailure", "Never"],
};

export const restartPolicy: Rule = {
  meta: { id: "restart-policy", title: "the pod template's restartPolicy is one its controller allows", kinds: Object.keys(ALLOWED) },
  check(object) {
    const allowed = ALLOWED[object.kind];
    const pod = podTemplateOf(object);
    if (!allowed || !pod) return [];
    const policy = str(pod.spec.restartPolicy);
    const path = `${pod.specPath}.restartPolicy`;
    if (policy === undefined) {
      // Jobs get no default: the API server demands one of the two.
      return allowed.includes("Always") ? [] : [{ path, message: `${path}: Required value: valid values: "OnFailure", "Never". A Job's pods must stop when done: add restartPolicy: Never (or OnFailure).` }];
    }
    if (allowed.includes(policy)) return [];
    const fix = allowed.includes("Always")
      ? `A ${object.kind} keeps its pods running, so its pods must restart: remove restartPolicy or set it to Always (use a Job for run-to-completion work).`
      : "A Job's pods run to completion: use Never or OnFailure.";
    return [unsupported(path, policy, allowed, fix)];
  },
};
