/** `dns`: a name must resolve, from a pod in a namespace, to a given pod (or Service), as CoreDNS would answer. */
import { z } from "zod";
import { resolveDnsIn } from "../../cluster/network";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";

export const dnsSchema = z
  .object({
    name: z.string(),
    from: z.string().default("default"),
    resolvesTo: z.union([
      z.object({ pod: z.string(), namespace: z.string().default("default") }).strict(),
      z.object({ service: z.string(), namespace: z.string().default("default") }).strict(),
    ]).optional(),
  })
  .strict();

export type DnsParams = z.infer<typeof dnsSchema>;

export function evaluateDns(view: ClusterView, p: DnsParams): CheckOutcome {
  const answer = resolveDnsIn(view.index, p.name, p.from);
  const trace = answer.tried.map((t) => `tried ${t}`);
  if (answer.type === "NXDOMAIN") return failure(`${p.name} does not resolve from namespace ${p.from}: ${answer.reason ?? "NXDOMAIN"}`, trace);
  const got = `${p.name} resolves to ${answer.addresses.join(", ") || answer.cname || "nothing"}${answer.target ? ` (${answer.target.kind} ${answer.target.namespace}/${answer.target.name})` : ""}`;
  const want = p.resolvesTo;
  if (want && "pod" in want) {
    const pod = view.index.pods.find((x) => x.namespace === want.namespace && x.name === want.pod);
    if (!pod?.podIP) return failure(`${got}, but pod ${want.pod} has no IP (it is not running)`, trace);
    if (!answer.addresses.includes(pod.podIP)) return failure(`${got}, not to pod ${want.pod} (${pod.podIP})`, trace);
  }
  if (want && "service" in want && !(answer.target?.kind === "Service" && answer.target.name === want.service && answer.target.namespace === want.namespace)) {
    return failure(`${got}, not to Service ${want.namespace}/${want.service}`, trace);
  }
  return pass(got, trace);
}

export const dnsCheck: ConditionType<DnsParams> = { kind: "condition", type: "dns", schema: dnsSchema, evaluate: evaluateDns };
