/**
 * `not-exposed`: nothing outside the cluster reaches the pods matching the query — no Ingress path,
 * node port, load balancer, hostPort or host network leads to them. Every way in is tried and the one that gets through named.
 */
import { z } from "zod";
import { externalExposure, simulateRequest } from "../../cluster/network";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { describeQuery, matchesQuery, podQuerySchema, selectPods } from "./pod-query";

export const notExposedSchema = z.object({ pods: podQuerySchema }).strict();

export type NotExposedParams = z.infer<typeof notExposedSchema>;

export function evaluateNotExposed(view: ClusterView, p: NotExposedParams): CheckOutcome {
  const exposure = externalExposure(view.objects, view.now);
  const trace = exposure.map(({ entry, result }) => `${entry.description}: ${result.summary}`);
  const ways: string[] = [];
  for (const { entry, result } of exposure) {
    const reached = result.candidates.find((c) => {
      const pod = view.index.pods.find((x) => x.namespace === c.namespace && x.name === c.pod);
      return pod !== undefined && matchesQuery(pod, p.pods);
    });
    if (reached) ways.push(`${entry.description} leads to ${reached.pod}:${reached.port}`);
  }
  // externalEntryPoints lists Services and Ingresses; a hostPort or hostNetwork pod answers on its node's address too.
  for (const pod of selectPods(view, p.pods)) {
    const hostIP = (pod.object.status as { hostIP?: string } | undefined)?.hostIP;
    if (!hostIP) continue;
    const ports = pod.containers.flatMap((c) => c.ports.map((port) => (pod.hostNetwork ? port.containerPort : port.hostPort)).filter((n): n is number => n !== undefined));
    for (const port of ports) {
      const result = simulateRequest(view.objects, { from: { kind: "external" }, url: `tcp://${hostIP}:${port}` }, view.now);
      trace.push(`${pod.hostNetwork ? "host network" : "hostPort"} ${hostIP}:${port}: ${result.summary}`);
      if (result.answered) ways.push(`${pod.hostNetwork ? "the node's network (hostNetwork)" : `hostPort ${port}`} on node ${pod.nodeName ?? ""} (${hostIP}:${port}) leads to ${pod.name}`);
    }
  }
  if (ways.length > 0) return failure(`${describeQuery(p.pods)} can be reached from outside the cluster: ${ways.join("; ")}. Use a ClusterIP Service (the default type) and no Ingress for it`, trace);
  return pass(`no way in from outside reaches ${describeQuery(p.pods)} (${exposure.length} entry point${exposure.length === 1 ? "" : "s"} tried)`, trace);
}

export const notExposedCheck: ConditionType<NotExposedParams> = { kind: "condition", type: "not-exposed", schema: notExposedSchema, evaluate: evaluateNotExposed };
