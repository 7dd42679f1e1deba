/** Service address allocation: cluster IPs and node ports, kept across re-declarations. */
import type { KubeObject } from "../object";
import type { Runtime } from "../runtime/context";
import { ApiRejection } from "../api-errors";
import { record } from "../types";

interface ServicePort { port?: number; protocol?: string; nodePort?: number; [k: string]: unknown }

function portsOf(spec: Record<string, unknown> | undefined): ServicePort[] {
  const ports = spec?.ports;
  return Array.isArray(ports) ? ports.filter((p): p is ServicePort => record(p) !== undefined) : [];
}

/** The Service with its cluster IP and node ports; `current` is the stored version on re-declaration. */
export function allocateService(rt: Runtime, svc: KubeObject, current: KubeObject | undefined): KubeObject {
  const spec = { ...(record(svc.spec) ?? {}) };
  const old = record(current?.spec);
  const type = typeof spec.type === "string" ? spec.type : "ClusterIP";
  if (type !== "ExternalName") {
    const requested = typeof spec.clusterIP === "string" && spec.clusterIP !== "" ? spec.clusterIP : undefined;
    const kept = typeof old?.clusterIP === "string" ? old.clusterIP : undefined;
    const ip = kept !== undefined && (requested === undefined || requested === kept) ? kept : requested === "None" ? "None" : rt.alloc.clusterIP(requested);
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
    spec.ipFamilies ??= ["IPv4"];
    spec.ipFamilyPolicy ??= "SingleStack";
  }
  const needsNodePort = type === "NodePort" || (type === "LoadBalancer" && spec.allocateLoadBalancerNodePorts !== false);
  const oldPorts = portsOf(old);
  spec.ports = portsOf(spec).map((p) => {
    if (!needsNodePort) {
      const { nodePort: _unused, ...rest } = p;
      return rest;
    }
    const previous = oldPorts.find((o) => o.port === p.port && (o.protocol ?? "TCP") === (p.protocol ?? "TCP"))?.nodePort;
    if (p.nodePort !== undefined && p.nodePort === previous) return p;
    if (p.nodePort === undefined && previous !== undefined) return { ...p, nodePort: previous };
    const port = rt.alloc.nodePort(p.nodePort);
    if (port === undefined) throw new ApiRejection(`Service "${svc.metadata.name ?? ""}" is invalid: spec.ports[0].nodePort: Invalid value: ${p.nodePort ?? 0}: provided port is already allocated`, "spec.ports.nodePort");
    return { ...p, nodePort: port };
  });
  return { ...svc, spec, status: current?.status ?? svc.status ?? { loadBalancer: {} } };
}

export function releaseService(rt: Runtime, svc: KubeObject): void {
  const spec = record(svc.spec);
  if (typeof spec?.clusterIP === "string" && spec.clusterIP !== "None") rt.alloc.releaseClusterIP(spec.clusterIP);
  for (const p of portsOf(spec)) if (typeof p.nodePort === "number") rt.alloc.releaseNodePort(p.nodePort);
}
