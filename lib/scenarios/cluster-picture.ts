/** A compact picture of a settled cluster for the UI: nodes with their pods, Services with endpoints, Ingress rules. */
import type { Cluster } from "../cluster/cluster";
import { readIngress, serviceEndpointStatus } from "../cluster/network";
import type { IngressBackend } from "../cluster/network/ingress";
import type { PodView } from "../cluster/network/read";
import type { ClusterView } from "./checks/check-type";
import type { ClusterPicture, PodPicture } from "./types";

const SYSTEM = new Set(["kube-system", "kube-public", "kube-node-lease"]);

/** Close to kubectl's STATUS column: Terminating, a waiting reason (CrashLoopBackOff, ErrImagePull…), else the phase. */
function podState(p: PodView): string {
  if (p.terminating) return "Terminating";
  const waiting = p.containerStatuses.find((s) => s.waiting?.reason)?.waiting?.reason;
  return waiting ?? p.phase ?? "Pending";
}

function backendText(b: IngressBackend): string {
  if (b.service) return `${b.service.name}:${b.service.port.number ?? b.service.port.name ?? "?"}`;
  return b.resource ? `${b.resource.kind}/${b.resource.name}` : "?";
}

export function clusterPicture(cluster: Cluster, view: ClusterView): ClusterPicture {
  const pods = view.index.pods.filter((p) => !SYSTEM.has(p.namespace));
  const picture = (p: (typeof pods)[number]): PodPicture => ({
    namespace: p.namespace, name: p.name, status: podState(p), ready: p.ready && !p.terminating, ...(p.podIP ? { ip: p.podIP } : {}),
  });
  const nodes = cluster.list("Node").map((n) => {
    const name = n.metadata.name ?? "";
    return {
      name,
      ready: view.index.nodes.find((x) => x.name === name)?.ready ?? false,
      controlPlane: n.metadata.labels?.["node-role.kubernetes.io/control-plane"] !== undefined,
      pods: pods.filter((p) => p.nodeName === name).map(picture),
    };
  });
  const services = view.index.services
    .filter((s) => !SYSTEM.has(s.namespace) && !(s.namespace === "default" && s.name === "kubernetes"))
    .map((s) => {
      const status = serviceEndpointStatus(view.objects, s.namespace, s.name);
      return {
        namespace: s.namespace, name: s.name, type: s.type, ...(s.clusterIP ? { clusterIP: s.clusterIP } : {}),
        ports: s.ports.map((p) => `${p.port}→${String(p.targetPort)}${p.nodePort !== undefined ? ` (node port ${p.nodePort})` : ""}`),
        ready: status.ready.map((e) => e.pod), notReady: status.notReady.map((e) => e.pod),
      };
    });
  const ingresses = cluster.list("Ingress").map((o) => {
    const ing = readIngress(o);
    return {
      namespace: ing.namespace, name: ing.name,
      rules: ing.rules.flatMap((r) => r.paths.map((p) => ({ host: r.host ?? "*", path: p.path, pathType: p.pathType, backend: backendText(p.backend) }))),
    };
  });
  return { nodes, unscheduled: pods.filter((p) => !p.nodeName).map(picture), services, ingresses };
}
