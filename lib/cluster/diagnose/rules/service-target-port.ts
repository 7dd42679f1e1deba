/**
 * service-target-port: a Service port whose targetPort nothing in the selected pods listens on —
 * a named port no container declares, or a number that neither the declared ports nor the image
 * (as the image catalogue knows it) listen on. Only reported when the pods' listening ports are known.
 */
import { describeImage } from "../../images/catalogue";
import { record, stringMap, type Pod } from "../../types";
import { mapSelectorMatches } from "../../util/labels";
import { named, type DiagnosisRule, type Finding } from "../problem";

interface Listening { readonly known: boolean; readonly ports: number[]; readonly names: Map<string, number> }

function listeningOf(pod: Pod): Listening {
  let known = true;
  const ports: number[] = [];
  const names = new Map<string, number>();
  for (const c of pod.spec.containers) {
    for (const p of c.ports ?? []) {
      ports.push(p.containerPort);
      if (p.name) names.set(p.name, p.containerPort);
    }
    const behaviour = describeImage(c.image ?? "");
    if (!behaviour) continue;
    if (behaviour.listens === "declared") {
      if ((c.ports ?? []).length === 0) known = false;
      if (behaviour.repository === "*") known = false;
    } else for (const l of behaviour.listens) ports.push(l.port);
  }
  return { known, ports: [...new Set(ports)].sort((a, b) => a - b), names };
}

export const serviceTargetPort: DiagnosisRule = {
  meta: { id: "service-target-port", title: "a Service sends traffic to a port nothing listens on", severity: "warning" },
  check(ctx) {
    const out: Finding[] = [];
    for (const svc of ctx.list("Service")) {
      const spec = record(svc.spec) ?? {};
      const selector = stringMap(spec.selector);
      if (Object.keys(selector).length === 0) continue;
      const pods = ctx.pods(svc.metadata.namespace ?? "default").filter((p) => mapSelectorMatches(selector, p.metadata.labels ?? {}));
      const pod = pods[0];
      if (!pod) continue;
      const listening = listeningOf(pod);
      const owner = ctx.ownerOf(pod);
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      ports.forEach((raw, i) => {
        const port = record(raw) ?? {};
        if ((port.protocol ?? "TCP") !== "TCP") return;
        const target = port.targetPort ?? port.port;
        const path = `spec.ports[${i}].targetPort`;
        if (typeof target === "string") {
          if (listening.names.has(target)) return;
          const declared = [...listening.names.keys()];
          out.push({
            object: svc, path,
            message: `${named(svc)} port ${String(port.port)} targets the port named "${target}", but no container of ${named(owner)} declares a port of that name${declared.length > 0 ? ` (they declare ${declared.map((n) => `"${n}"`).join(", ")})` : ""}.`,
            fix: `Name the container port "${target}" (ports: [{name: ${target}, containerPort: …}]) or set targetPort to a port the container declares.`,
          });
          return;
        }
        if (typeof target !== "number" || !listening.known || listening.ports.length === 0 || listening.ports.includes(target)) return;
        const closest = [...listening.ports].sort((a, b) => Math.abs(a - target) - Math.abs(b - target))[0];
        out.push({
          object: svc, path,
          message: `${named(svc)} sends port ${String(port.port)} to targetPort ${target}, but the pods of ${named(owner)} listen on ${listening.ports.join(", ")}; requests through the Service are refused.`,
          fix: `Set targetPort: ${closest ?? listening.ports[0] ?? ""} (the container port the application listens on).`,
        });
      });
    }
    return out;
  },
};
