/**
 * Where a request goes once its destination address or name is known: an IP is looked up (ingress
 * controller, node port, load balancer, ClusterIP, pod IP); a name is resolved by cluster DNS from
 * inside a pod, or, from outside, taken to point at the ingress controller.
 */
import { ownerOf } from "./addresses";
import { deliverToPod, deliverViaService, servicePortFor, spread, type RequestOrigin } from "./deliver";
import { resolveDnsIn } from "./dns";
import { CLUSTER_DOMAIN } from "./dns-search";
import { INGRESS_CONTROLLER } from "./ingress";
import { INGRESS_CONTROLLER_ORIGIN, throughIngress } from "./ingress-flow";
import { checkDnsEgress, checkEgressPolicy } from "./network-policy";
import type { NodeView, PodView, ServiceView } from "./read";
import { fail, through, type Leg, type RequestContext } from "./request-types";

/** A running pod on `node` that answers on the node's `port` directly (hostPort or hostNetwork). */
function hostPortPod(ctx: RequestContext, node: NodeView, port: number): { pod: PodView; containerPort: number } | undefined {
  for (const pod of ctx.index.pods) {
    if (pod.nodeName !== node.name || pod.phase !== "Running") continue;
    for (const c of pod.containers) {
      for (const p of c.ports) {
        if (p.protocol !== "TCP") continue;
        if (p.hostPort === port) return { pod, containerPort: p.containerPort };
        if (pod.hostNetwork && p.containerPort === port) return { pod, containerPort: port };
      }
    }
  }
  return undefined;
}

function viaNodePort(ctx: RequestContext, origin: RequestOrigin, node: NodeView, fromOutside: boolean): Leg {
  const { host, port } = ctx.target;
  const step = `Node ${node.name}`;
  if (!node.ready) return fail(step, `node ${node.name} (${host}) is NotReady and does not answer`);
  const match = ctx.index.services
    .filter((s) => s.type === "NodePort" || s.type === "LoadBalancer")
    .flatMap((s) => s.ports.filter((p) => p.nodePort === port).map((p) => ({ service: s, port: p })))[0];
  if (!match) {
    const onNode = hostPortPod(ctx, node, port);
    if (onNode) {
      const how = onNode.pod.hostNetwork ? "uses the host network" : `maps hostPort ${port} to container port ${onNode.containerPort}`;
      const hop = { step, detail: `${host}:${port}: pod ${onNode.pod.name} on node ${node.name} ${how}`, ok: true };
      return through(hop, `node ${node.name}`, deliverToPod(ctx, origin, onNode.pod, onNode.containerPort));
    }
    const used = ctx.index.services.flatMap((s) => s.ports.flatMap((p) => (p.nodePort ? [`${p.nodePort} (Service ${s.name})`] : [])));
    const list = used.length > 0 ? `node ports in use: ${used.join(", ")}` : "no Service has a node port";
    return fail(step, `nothing listens on ${host}:${port}: no NodePort or LoadBalancer Service uses node port ${port}; ${list}`);
  }
  const hop = { step, detail: `${host}:${port} is node port ${port} of Service ${match.service.name} (type ${match.service.type})`, ok: true };
  const via = `node port ${port} → ClusterIP ${match.service.clusterIP ?? "(none)"}:${match.port.port}`;
  const local = fromOutside && match.service.externalTrafficPolicy === "Local" ? node.name : undefined;
  return through(hop, `NodePort ${port}`, deliverViaService(ctx, origin, match.service, match.port, via, local));
}

function viaLoadBalancer(ctx: RequestContext, origin: RequestOrigin, service: ServiceView): Leg {
  const { host, port } = ctx.target;
  const step = "Load balancer";
  const servicePort = servicePortFor(service, port);
  if (typeof servicePort === "string") return fail(step, `${host}:${port} is the load balancer of Service ${service.name}, but ${servicePort}`);
  const hop = { step, detail: `${host}:${port} is the load balancer of Service ${service.name} → node port ${servicePort.nodePort ?? "(none)"}`, ok: true };
  return through(hop, `load balancer ${host}`, deliverViaService(ctx, origin, service, servicePort, `load balancer ${host}:${port}`));
}

function viaClusterIP(ctx: RequestContext, origin: RequestOrigin, service: ServiceView): Leg {
  const servicePort = servicePortFor(service, ctx.target.port);
  if (typeof servicePort === "string") return { ...fail(`Service ${service.name}`, servicePort), chain: [`Service ${service.name}`] };
  return deliverViaService(ctx, origin, service, servicePort, `ClusterIP ${service.clusterIP ?? ""}:${servicePort.port}`);
}

/** A request to an IP address. `inside` is false for clients outside the cluster. */
export function routeToAddress(ctx: RequestContext, origin: RequestOrigin, inside: boolean): Leg {
  const { host } = ctx.target;
  const owner = ownerOf(ctx.index, host);
  switch (owner.kind) {
    case "ingress-controller": {
      if (origin.pod) {
        const egress = checkEgressPolicy(ctx.index, origin.pod, INGRESS_CONTROLLER_ORIGIN.peer, ctx.target.port, "TCP");
        if (!egress.allowed) return fail("NetworkPolicy (egress)", egress.detail);
      }
      return throughIngress(ctx);
    }
    case "node":
      return viaNodePort(ctx, origin, owner.node, !inside);
    case "load-balancer":
      return viaLoadBalancer(ctx, origin, owner.service);
    case "cluster-ip":
      if (!inside) {
        return fail("Network", `${host} is the ClusterIP of Service ${owner.service.name}: a ClusterIP is reachable only from inside the cluster (expose it with an Ingress, a NodePort or a LoadBalancer Service)`);
      }
      return viaClusterIP(ctx, origin, owner.service);
    case "pod":
      if (!inside) {
        return fail("Network", `${host} is the IP of pod ${owner.pod.name}: pod IPs are reachable only from inside the cluster`);
      }
      return deliverToPod(ctx, origin, owner.pod, ctx.target.port);
    case "none":
      return fail("Network", `no node, load balancer, Service or pod has the address ${host}`);
  }
}

const isClusterName = (host: string): boolean => host.endsWith(`.${CLUSTER_DOMAIN}`) || !host.includes(".");

/** From outside (or from a node): an external name points at the ingress controller. */
export function routeExternalName(ctx: RequestContext, origin: RequestOrigin, where: string): Leg {
  const { host } = ctx.target;
  if (isClusterName(host)) {
    return fail("DNS", `${host} is a cluster DNS name: it resolves only for pods inside the cluster, not ${where}`);
  }
  const lb = ctx.index.services.find((s) => s.type === "LoadBalancer" && s.loadBalancerAddresses.includes(host));
  if (lb) return viaLoadBalancer(ctx, origin, lb);
  const hop = { step: "DNS", detail: `${host} resolves ${where} to the ingress controller's address ${INGRESS_CONTROLLER.address}`, ok: true };
  return through(hop, undefined, throughIngress(ctx));
}

/** From a pod: cluster DNS (if egress policy lets the pod ask it), then the Service or pod it names. */
export function routeNameFromPod(ctx: RequestContext, origin: RequestOrigin, pod: PodView): Leg {
  const { host, port } = ctx.target;
  const dnsEgress = checkDnsEgress(ctx.index, pod);
  if (!dnsEgress.allowed) return fail("DNS", `${dnsEgress.detail}, so pod ${pod.name} cannot ask cluster DNS for ${host}`);
  const answer = resolveDnsIn(ctx.index, host, pod.namespace);
  if (answer.type === "NXDOMAIN") {
    return fail("DNS", `${host} from namespace ${pod.namespace} → NXDOMAIN: ${answer.reason ?? ""}`, `${host} does not resolve: ${answer.reason ?? ""}`);
  }
  if (answer.type === "CNAME") {
    return fail("DNS", `${host} → CNAME ${answer.cname ?? ""} (ExternalName Service): names outside the cluster are not modelled, so nothing answers`);
  }
  const fqdn = answer.fqdn && answer.fqdn !== host ? ` → ${answer.fqdn}` : "";
  const hop = { step: "DNS", detail: `${host}${fqdn} → ${answer.addresses.join(", ")}`, ok: true };
  const target = answer.target;
  if (target?.kind === "Service" && !target.headless) {
    const service = ctx.index.service(target.namespace, target.name);
    if (service) return through(hop, undefined, viaClusterIP(ctx, origin, service));
  }
  if (target?.kind === "Service" && target.headless) {
    const service = ctx.index.service(target.namespace, target.name);
    const ready = service ? ctx.index.endpointsOf(service).filter((e) => e.ready) : [];
    const targets = ready.map((e) => ({ pod: e.pod, port }));
    return through(hop, `Service ${target.name} (headless)`, spread(ctx, origin, targets, `headless: DNS returns ${targets.length} pod IP${targets.length === 1 ? "" : "s"}`));
  }
  const podTarget = target?.kind === "Pod" ? ctx.index.podByIP(answer.addresses[0] ?? "") : undefined;
  if (podTarget) return through(hop, undefined, deliverToPod(ctx, origin, podTarget, port));
  return fail("DNS", `${host} resolved to ${answer.addresses.join(", ")}, which nothing in the cluster owns`);
}
