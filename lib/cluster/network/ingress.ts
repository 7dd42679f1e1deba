/**
 * The cluster's ingress controller (ingress-nginx): which Ingresses it serves and the address it
 * publishes in their status. It is modelled as a pod in namespace `ingress-nginx` that reaches
 * Services by their ClusterIP, so NetworkPolicies see it as that pod.
 */
import type { KubeObject } from "../object";
import { asArray, asRecord, asString, keyOf, nameOf, namespaceOf } from "./fields";

export const NGINX_CONTROLLER = "k8s.io/ingress-nginx";
export const DEFAULT_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";
export const LEGACY_CLASS_ANNOTATION = "kubernetes.io/ingress.class";

/** The simulated controller pod and the external address it publishes (TEST-NET-3, RFC 5737). */
export const INGRESS_CONTROLLER = {
  namespace: "ingress-nginx",
  name: "ingress-nginx-controller",
  podIP: "10.244.0.100",
  labels: { "app.kubernetes.io/name": "ingress-nginx", "app.kubernetes.io/component": "controller" },
  address: "203.0.113.10",
  ports: [80, 443],
} as const;

export interface IngressBackend {
  service?: { name: string; port: { number?: number; name?: string } };
  resource?: { kind: string; name: string };
}
export interface IngressPath { path: string; pathType: string; backend: IngressBackend }
export interface IngressRule { host?: string; paths: IngressPath[] }
export interface IngressView {
  object: KubeObject;
  namespace: string;
  name: string;
  className?: string;
  createdAt: string;
  defaultBackend?: IngressBackend;
  rules: IngressRule[];
}

function readBackend(value: unknown): IngressBackend | undefined {
  const r = asRecord(value);
  const service = asRecord(r.service);
  const resource = asRecord(r.resource);
  if (asString(service.name)) {
    const port = asRecord(service.port);
    const number = typeof port.number === "number" ? port.number : undefined;
    return { service: { name: asString(service.name) ?? "", port: { number, name: asString(port.name) } } };
  }
  if (asString(resource.name)) return { resource: { kind: asString(resource.kind) ?? "", name: asString(resource.name) ?? "" } };
  return undefined;
}

export function readIngress(ingress: KubeObject): IngressView {
  const spec = asRecord(ingress.spec);
  const rules = asArray(spec.rules).map((rule): IngressRule => {
    const r = asRecord(rule);
    const paths = asArray(asRecord(r.http).paths).flatMap((p): IngressPath[] => {
      const x = asRecord(p);
      const backend = readBackend(x.backend);
      if (!backend) return [];
      return [{ path: asString(x.path) ?? "/", pathType: asString(x.pathType) ?? "ImplementationSpecific", backend }];
    });
    return { host: asString(r.host)?.toLowerCase() || undefined, paths };
  });
  return {
    object: ingress,
    namespace: namespaceOf(ingress),
    name: nameOf(ingress),
    className: asString(spec.ingressClassName) ?? ingress.metadata.annotations?.[LEGACY_CLASS_ANNOTATION],
    createdAt: ingress.metadata.creationTimestamp ?? "",
    defaultBackend: readBackend(spec.defaultBackend),
    rules,
  };
}

export interface ServedIngress {
  namespace: string;
  name: string;
  /** The class it was served under (its own, or the default class when it names none). */
  className: string;
  ingress: IngressView;
  /** What the controller writes into the Ingress's status. */
  status: { loadBalancer: { ingress: { ip: string }[] } };
}

export interface IngressControllerView {
  controller: typeof NGINX_CONTROLLER;
  /** IngressClasses handled by this controller, sorted by name. */
  classes: string[];
  defaultClass?: string;
  address: string;
  served: ServedIngress[];
  ignored: { namespace: string; name: string; reason: string }[];
}

/** Oldest first, then by namespace/name: the order in which ingress-nginx lets rules win conflicts. */
function byAge(a: IngressView, b: IngressView): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  const ka = keyOf(a.object);
  const kb = keyOf(b.object);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function ingressControllerView(objects: readonly KubeObject[]): IngressControllerView {
  const classes = objects.filter((o) => o.kind === "IngressClass");
  const controllerOf = new Map(classes.map((c) => [nameOf(c), asString(asRecord(c.spec).controller) ?? ""]));
  const ours = classes.filter((c) => controllerOf.get(nameOf(c)) === NGINX_CONTROLLER).map(nameOf).sort();
  const defaults = classes
    .filter((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true")
    .map(nameOf)
    .sort();
  // With several default classes the API server refuses new class-less Ingresses; we take the first.
  const defaultClass = defaults[0];
  const served: ServedIngress[] = [];
  const ignored: IngressControllerView["ignored"] = [];
  const ingresses = objects.filter((o) => o.kind === "Ingress" && !o.metadata.deletionTimestamp).map(readIngress).sort(byAge);
  for (const ingress of ingresses) {
    const className = ingress.className ?? defaultClass;
    const where = { namespace: ingress.namespace, name: ingress.name };
    if (className === undefined) {
      ignored.push({ ...where, reason: "it names no ingressClassName and the cluster has no default IngressClass" });
    } else if (!controllerOf.has(className)) {
      ignored.push({ ...where, reason: `IngressClass ${className} does not exist` });
    } else if (!ours.includes(className)) {
      ignored.push({
        ...where,
        reason: `IngressClass ${className} belongs to controller ${controllerOf.get(className) || "(none)"}, which does not run in this cluster (the ingress controller here is ${NGINX_CONTROLLER})`,
      });
    } else {
      served.push({ ...where, className, ingress, status: { loadBalancer: { ingress: [{ ip: INGRESS_CONTROLLER.address }] } } });
    }
  }
  return { controller: NGINX_CONTROLLER, classes: ours, defaultClass, address: INGRESS_CONTROLLER.address, served, ignored };
}
