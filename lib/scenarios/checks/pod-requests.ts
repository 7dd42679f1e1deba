/** `requests`: every pod matching the query requests at least (or at most) some CPU and memory in total. */
import { z } from "zod";
import type { Container } from "../../cluster/types";
import { cpuMillis, formatCpu, formatMemory, parseQuantity } from "../../cluster/util/quantity";
import { containerRequest } from "../../cluster/util/pod-resources";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { describeQuery, podQuerySchema, selectPods } from "./pod-query";

const quantity = z.union([z.string(), z.number()]);

export const requestsSchema = z
  .object({ pods: podQuerySchema, minCpu: quantity.optional(), minMemory: quantity.optional(), maxCpu: quantity.optional(), maxMemory: quantity.optional() })
  .strict();

export type RequestsParams = z.infer<typeof requestsSchema>;

export function evaluateRequests(view: ClusterView, p: RequestsParams): CheckOutcome {
  const pods = selectPods(view, p.pods);
  if (pods.length === 0) return failure(`no ${describeQuery(p.pods)}`);
  const trace: string[] = [];
  for (const pod of pods) {
    const containers = (pod.object.spec as { containers?: Container[] } | undefined)?.containers ?? [];
    const cpu = containers.reduce((sum, c) => sum + containerRequest(c, "cpu"), 0);
    const memory = containers.reduce((sum, c) => sum + containerRequest(c, "memory"), 0);
    const has = `requests ${formatCpu(cpu)} CPU and ${formatMemory(memory)} memory`;
    trace.push(`${pod.name} ${has}`);
    if (p.minCpu !== undefined && cpu < cpuMillis(p.minCpu)) return failure(`${pod.name} ${has}; each pod must request at least ${String(p.minCpu)} CPU`, trace);
    if (p.minMemory !== undefined && memory < parseQuantity(p.minMemory)) return failure(`${pod.name} ${has}; each pod must request at least ${String(p.minMemory)} memory`, trace);
    if (p.maxCpu !== undefined && cpu > cpuMillis(p.maxCpu)) return failure(`${pod.name} ${has}; each pod may request at most ${String(p.maxCpu)} CPU`, trace);
    if (p.maxMemory !== undefined && memory > parseQuantity(p.maxMemory)) return failure(`${pod.name} ${has}; each pod may request at most ${String(p.maxMemory)} memory`, trace);
  }
  return pass(`every ${describeQuery(p.pods).replace(/^pods/, "pod")} requests enough (${trace.length} checked)`, trace);
}

export const requestsCheck: ConditionType<RequestsParams> = { kind: "condition", type: "requests", schema: requestsSchema, evaluate: evaluateRequests };
