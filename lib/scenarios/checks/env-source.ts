/**
 * `env`: every pod matching the query has env var NAME (with VALUE) taken from a ConfigMap or a Secret,
 * however the answer wires it: `env[].valueFrom`, `envFrom`, `data` or `stringData` — the kubelet's
 * resolved environment is what counts.
 */
import { z } from "zod";
import { describePodProblem } from "../../cluster/network";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { describeQuery, podQuerySchema, selectPods } from "./pod-query";

export const envSchema = z
  .object({
    pods: podQuerySchema,
    container: z.string().optional(),
    name: z.string(),
    value: z.string().optional(),
    from: z.enum(["ConfigMap", "Secret", "any"]).default("any"),
  })
  .strict();

export type EnvParams = z.infer<typeof envSchema>;

export function evaluateEnv(view: ClusterView, p: EnvParams): CheckOutcome {
  const pods = selectPods(view, p.pods).filter((pod) => !pod.terminating);
  if (pods.length === 0) return failure(`no ${describeQuery(p.pods)} to check ${p.name} in`);
  const trace: string[] = [];
  for (const pod of pods) {
    const container = p.container ?? pod.containers[0]?.name ?? "";
    const env = view.cluster.env(pod.namespace, pod.name, container);
    if (!env) return failure(`the kubelet cannot build the environment of ${describePodProblem(pod)}`);
    const found = [...env].reverse().find((e) => e.name === p.name);
    if (!found) return failure(`${pod.name}: container ${container} has no env var ${p.name}${env.length > 0 ? ` (it has ${env.map((e) => e.name).join(", ")})` : ""}`);
    const src = found.source;
    const from = src.kind === "ConfigMap" || src.kind === "Secret" ? `${src.kind} ${src.name}, key ${src.key} (${src.via})` : src.kind === "literal" ? "a literal value" : src.kind;
    trace.push(`${pod.name}: ${p.name}=${src.kind === "Secret" ? "•••" : found.value} from ${from}`);
    if (p.value !== undefined && found.value !== p.value) return failure(`${pod.name}: ${p.name} is ${JSON.stringify(found.value)} (from ${from}), expected ${JSON.stringify(p.value)}`, trace);
    if (p.from !== "any" && src.kind !== p.from) return failure(`${pod.name}: ${p.name} comes from ${from}, but it should come from a ${p.from}`, trace);
  }
  return pass(`${p.name} comes from ${p.from === "any" ? "the right place" : `a ${p.from}`} in ${pods.length} pod${pods.length === 1 ? "" : "s"}`, trace);
}

export const envCheck: ConditionType<EnvParams> = { kind: "condition", type: "env", schema: envSchema, evaluate: evaluateEnv };
