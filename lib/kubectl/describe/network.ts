/** describe for Services, Endpoints, Ingresses and NetworkPolicies. */
import type { KubeObject } from "../../cluster";
import { selectorText } from "../printers/columns";
import { arr, DescribeWriter, rec, str } from "./format";
import type { Related } from "./workloads";

function serviceEndpoints(o: KubeObject, rel: Related, port: Record<string, unknown>): string {
  const slices = rel.list("EndpointSlice", o.metadata.namespace).filter((s) => s.metadata.labels?.["kubernetes.io/service-name"] === o.metadata.name);
  const out: string[] = [];
  for (const s of slices) {
    const p = arr(s.ports).find((x) => (x.name ?? "") === (port.name ?? "")) ?? arr(s.ports)[0];
    for (const e of arr(s.endpoints)) {
      if (rec(e.conditions).ready === false) continue;
      for (const a of (Array.isArray(e.addresses) ? e.addresses : []) as string[]) out.push(p ? `${a}:${str(p.port)}` : a);
    }
  }
  if (out.length === 0) return "";
  return out.length > 3 ? `${out.slice(0, 3).join(",")} + ${out.length - 3} more...` : out.join(",");
}

export function describeService(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec);
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Selector:", spec.selector ? selectorText(spec.selector) : "<none>");
  w.line(0, "Type:", str(spec.type, "ClusterIP"));
  w.line(0, "IP Family Policy:", str(spec.ipFamilyPolicy, "SingleStack"));
  w.line(0, "IP Families:", ((spec.ipFamilies as string[] | undefined) ?? ["IPv4"]).join(","));
  if (spec.type === "ExternalName") w.line(0, "External Name:", str(spec.externalName));
  else {
    w.line(0, "IP:", str(spec.clusterIP));
    w.line(0, "IPs:", ((spec.clusterIPs as string[] | undefined) ?? [str(spec.clusterIP)]).join(","));
  }
  const lb = arr(rec(rec(o.status).loadBalancer).ingress);
  if (lb.length > 0) w.line(0, "LoadBalancer Ingress:", lb.map((i) => str(i.ip ?? i.hostname)).join(", "));
  for (const p of arr(spec.ports)) {
    w.line(0, "Port:", p.name ? str(p.name) : "<unset>", `${str(p.port)}/${str(p.protocol, "TCP")}`);
    w.line(0, "TargetPort:", `${str(p.targetPort ?? p.port)}/${str(p.protocol, "TCP")}`);
    if (p.nodePort !== undefined) w.line(0, "NodePort:", p.name ? str(p.name) : "<unset>", `${str(p.nodePort)}/${str(p.protocol, "TCP")}`);
    if (spec.type !== "ExternalName") w.line(0, "Endpoints:", serviceEndpoints(o, rel, p));
  }
  w.line(0, "Session Affinity:", str(spec.sessionAffinity, "None"));
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") w.line(0, "External Traffic Policy:", str(spec.externalTrafficPolicy, "Cluster"));
  if (spec.type !== "ExternalName") w.line(0, "Internal Traffic Policy:", str(spec.internalTrafficPolicy, "Cluster"));
}

export function describeIngress(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec);
  w.line(0, "Name:", o.metadata.name ?? "").map(0, "Labels", o.metadata.labels).line(0, "Namespace:", o.metadata.namespace ?? "");
  const lb = arr(rec(rec(o.status).loadBalancer).ingress);
  w.line(0, "Address:", lb.map((i) => str(i.ip ?? i.hostname)).join(","));
  w.line(0, "Ingress Class:", str(spec.ingressClassName, "<none>"));
  const backend = (b: Record<string, unknown>): string => {
    const svc = rec(b.service);
    const port = rec(svc.port);
    const name = str(svc.name);
    const target = `${name}:${str(port.number ?? port.name)}`;
    const service = rel.list("Service", o.metadata.namespace).find((s) => s.metadata.name === name);
    if (!service) return `${target} (<error: services "${name}" not found>)`;
    return target;
  };
  const def = rec(spec.defaultBackend);
  w.line(0, "Default backend:", spec.defaultBackend ? backend(def) : "<default>");
  const tls = arr(spec.tls);
  if (tls.length > 0) { w.line(0, "TLS:"); for (const t of tls) w.line(1, `${str(t.secretName)} terminates ${((t.hosts as string[] | undefined) ?? []).join(",")}`); }
  w.line(0, "Rules:").line(1, "Host", "Path", "Backends").line(1, "----", "----", "--------");
  for (const r of arr(spec.rules)) {
    w.line(1, str(r.host, "*"), "");
    for (const p of arr(rec(r.http).paths)) w.line(1, "", str(p.path, "/"), `  ${backend(rec(p.backend))}`);
  }
  w.annotations(0, o.metadata.annotations);
}

export function describeNetworkPolicy(o: KubeObject, w: DescribeWriter): void {
  const spec = rec(o.spec);
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  w.line(0, "Created on:", o.metadata.creationTimestamp ? o.metadata.creationTimestamp.replace("T", " ").replace("Z", " +0000 UTC") : "");
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Spec:");
  const sel = rec(spec.podSelector);
  w.line(1, "PodSelector:", Object.keys(rec(sel.matchLabels)).length === 0 && arr(sel.matchExpressions).length === 0 ? "<none> (Allowing the specific traffic to all pods in this namespace)" : selectorText(sel));
  const types = (spec.policyTypes as string[] | undefined) ?? ["Ingress"];
  const peers = (list: Record<string, unknown>[], word: "From" | "To"): void => {
    if (list.length === 0) { w.line(2, `${word}: <any> (traffic not restricted by ${word === "From" ? "source" : "destination"})`); return; }
    for (const peer of list) {
      w.line(2, `${word}:`);
      if (peer.podSelector) w.line(3, "PodSelector:", selectorText(peer.podSelector));
      if (peer.namespaceSelector) w.line(3, "NamespaceSelector:", selectorText(peer.namespaceSelector));
      if (peer.ipBlock) w.line(3, "IPBlock:").line(4, "CIDR:", str(rec(peer.ipBlock).cidr)).line(4, "Except:", ((rec(peer.ipBlock).except as string[] | undefined) ?? []).join(", "));
    }
  };
  const rules = (key: "ingress" | "egress", title: string, word: "From" | "To"): void => {
    if (!types.includes(key === "ingress" ? "Ingress" : "Egress")) { w.line(1, `Not affecting ${title.toLowerCase()} traffic`); return; }
    const list = arr(spec[key]);
    w.line(1, `Allowing ${title.toLowerCase()} traffic:`);
    if (list.length === 0) { w.line(2, `<none> (Selected pods are isolated for ${title.toLowerCase()} connectivity)`); return; }
    list.forEach((r, i) => {
      if (i > 0) w.line(2, "----------");
      const ports = arr(r.ports);
      w.line(2, `${word === "From" ? "To" : "To"} Port:`, ports.length === 0 ? "<any> (traffic allowed to all ports)" : ports.map((p) => `${str(p.port)}/${str(p.protocol, "TCP")}`).join(", "));
      peers(arr(r[key === "ingress" ? "from" : "to"]), word);
    });
  };
  rules("ingress", "Ingress", "From");
  rules("egress", "Egress", "To");
  w.line(1, "Policy Types:", types.join(", "));
}
