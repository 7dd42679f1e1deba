/**
 * A request reaching the ingress controller: it must speak HTTP on 80 or 443, an Ingress the
 * controller serves must route its host and path, the backend must name an existing Service port,
 * and the controller (a pod in namespace ingress-nginx) then calls that Service by its ClusterIP.
 */
import { deliverViaService, servicePortFor, type RequestOrigin } from "./deliver";
import { ingressControllerView, INGRESS_CONTROLLER } from "./ingress";
import { routeIngress } from "./ingress-routing";
import { fail, through, type Leg, type RequestContext } from "./request-types";

export const INGRESS_CONTROLLER_ORIGIN: RequestOrigin = {
  peer: {
    ip: INGRESS_CONTROLLER.podIP,
    describe: "the ingress controller (ingress-nginx)",
    namespace: INGRESS_CONTROLLER.namespace,
    labels: INGRESS_CONTROLLER.labels,
  },
};

export function throughIngress(ctx: RequestContext): Leg {
  const { target } = ctx;
  const step = "Ingress controller";
  const view = ingressControllerView(ctx.index.objects);
  if (view.classes.length === 0) {
    return fail(step, "no ingress controller serves this cluster: there is no IngressClass with controller k8s.io/ingress-nginx");
  }
  if (target.protocol === "tcp") return fail(step, `the ingress controller routes HTTP only; ${target.label} is a plain TCP request`);
  if (target.port !== 80 && target.port !== 443) {
    return fail(step, `the ingress controller listens on ports 80 and 443, not ${target.port}`);
  }
  const routing = routeIngress(view.served, target.host, target.path);
  const ignored = view.ignored.map((i) => `Ingress ${i.name} is not served: ${i.reason}`);
  const ignoredText = ignored.length > 0 ? ` (${ignored.join("; ")})` : "";
  if (routing.kind === "no-host") {
    const known = routing.knownHosts.length > 0 ? `; served hosts: ${routing.knownHosts.join(", ")}` : "";
    return fail(step, `no Ingress rule for host ${target.host}: the controller answers 404${known}${ignoredText}`, `no Ingress rule for host ${target.host}${ignoredText}`);
  }
  if (routing.kind === "no-path") {
    const detail = `no path of Ingress ${routing.ingresses.join(", ")} for host ${routing.host} matches ${target.path} (paths: ${routing.paths.join(", ")}): the controller answers 404`;
    return fail(step, detail);
  }
  const { ingress, backend, how } = routing.match;
  const ingressStep = `Ingress ${ingress.name}`;
  const hopIn = { step, detail: `${target.host}:${target.port} is served by IngressClass ${ingress.className ?? view.defaultClass ?? ""} (${view.controller})`, ok: true };
  if (!backend.service) {
    return through(hopIn, undefined, { ...fail(ingressStep, `${how} → resource backend ${backend.resource?.kind ?? ""} ${backend.resource?.name ?? ""}: ingress-nginx serves only Service backends`), chain: [ingressStep] });
  }
  const { name, port } = backend.service;
  const portRef = port.number ?? port.name ?? "";
  const arrow = `${how} → Service ${name}:${portRef}`;
  const service = ctx.index.service(ingress.namespace, name);
  if (!service) {
    const missing = `service "${name}" not found in namespace ${ingress.namespace}`;
    return through(hopIn, undefined, { ...fail(ingressStep, `${arrow}: ${missing}`, missing), chain: [ingressStep] });
  }
  const servicePort = servicePortFor(service, portRef);
  if (typeof servicePort === "string") {
    return through(hopIn, undefined, { ...fail(ingressStep, `${arrow}: ${servicePort}`, servicePort), chain: [ingressStep] });
  }
  const via = service.clusterIP ? `ClusterIP ${service.clusterIP}:${servicePort.port}` : `headless, port ${servicePort.port}`;
  const rest = deliverViaService(ctx, INGRESS_CONTROLLER_ORIGIN, service, servicePort, `from the ingress controller to ${via}`);
  return through(hopIn, undefined, through({ step: ingressStep, detail: arrow, ok: true }, ingressStep, rest));
}
