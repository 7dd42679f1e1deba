/** `kubectl describe pod` */
import type { KubeObject } from "../../cluster";
import { describeContainers } from "./containers";
import { arr, DescribeWriter, rec, rfc1123, str } from "./format";

export function describeVolumes(w: DescribeWriter, volumes: readonly Record<string, unknown>[], level: number): void {
  if (volumes.length === 0) { w.line(level, "Volumes:", "<none>"); return; }
  w.line(level, "Volumes:");
  for (const v of volumes) {
    w.line(level + 1, `${str(v.name)}:`);
    const l = level + 2;
    if (v.configMap) w.line(l, "Type:", "ConfigMap (a volume populated by a ConfigMap)").line(l, "Name:", str(rec(v.configMap).name)).line(l, "Optional:", String(rec(v.configMap).optional === true));
    else if (v.secret) w.line(l, "Type:", "Secret (a volume populated by a Secret)").line(l, "SecretName:", str(rec(v.secret).secretName)).line(l, "Optional:", String(rec(v.secret).optional === true));
    else if (v.emptyDir) w.line(l, "Type:", "EmptyDir (a temporary directory that shares a pod's lifetime)").line(l, "Medium:", str(rec(v.emptyDir).medium)).line(l, "SizeLimit:", str(rec(v.emptyDir).sizeLimit, "<unset>"));
    else if (v.persistentVolumeClaim) w.line(l, "Type:", "PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)").line(l, "ClaimName:", str(rec(v.persistentVolumeClaim).claimName)).line(l, "ReadOnly:", String(rec(v.persistentVolumeClaim).readOnly === true));
    else if (v.hostPath) w.line(l, "Type:", "HostPath (bare host directory volume)").line(l, "Path:", str(rec(v.hostPath).path)).line(l, "HostPathType:", str(rec(v.hostPath).type));
    else w.line(l, "Type:", Object.keys(v).find((k) => k !== "name") ?? "<unknown>");
  }
}

export function tolerationsText(tolerations: readonly Record<string, unknown>[]): string[] {
  return tolerations.map((t) => `${str(t.key)}${t.value ? `=${str(t.value)}` : ""}${t.effect ? `:${str(t.effect)}` : ""}${t.operator === "Exists" ? " op=Exists" : ""}${t.tolerationSeconds !== undefined ? ` for ${str(t.tolerationSeconds)}s` : ""}`);
}

export function describePod(o: KubeObject, w: DescribeWriter): void {
  const spec = rec(o.spec), status = rec(o.status), meta = o.metadata;
  w.line(0, "Name:", meta.name ?? "").line(0, "Namespace:", meta.namespace ?? "");
  w.line(0, "Priority:", str(spec.priority, "0"));
  if (spec.priorityClassName) w.line(0, "Priority Class Name:", str(spec.priorityClassName));
  w.line(0, "Service Account:", str(spec.serviceAccountName, "default"));
  w.line(0, "Node:", spec.nodeName ? `${str(spec.nodeName)}/${str(status.hostIP)}` : "<none>");
  if (status.startTime) w.line(0, "Start Time:", rfc1123(str(status.startTime)));
  w.map(0, "Labels", meta.labels).annotations(0, meta.annotations);
  if (meta.deletionTimestamp) w.line(0, "Status:", "Terminating");
  else w.line(0, "Status:", str(status.phase, "Pending"));
  if (status.reason) w.line(0, "Reason:", str(status.reason));
  if (status.message) w.line(0, "Message:", str(status.message));
  w.line(0, "IP:", str(status.podIP));
  const ips = arr(status.podIPs);
  if (ips.length === 0) w.line(0, "IPs:", "<none>");
  else { w.line(0, "IPs:"); for (const ip of ips) w.line(1, "IP:", str(ip.ip)); }
  const owner = meta.ownerReferences?.find((r) => r.controller);
  if (owner) w.line(0, "Controlled By:", `${owner.kind}/${owner.name}`);
  const inits = arr(spec.initContainers);
  if (inits.length > 0) describeContainers(w, "Init Containers", inits, arr(status.initContainerStatuses), 0);
  describeContainers(w, "Containers", arr(spec.containers), arr(status.containerStatuses), 0);
  const conditions = arr(status.conditions);
  if (conditions.length > 0) {
    w.line(0, "Conditions:").line(1, "Type", "Status");
    for (const c of conditions) w.line(1, `${str(c.type)} `, `${str(c.status)} `);
  }
  describeVolumes(w, arr(spec.volumes), 0);
  w.line(0, "QoS Class:", str(status.qosClass, "BestEffort"));
  const selector = rec(spec.nodeSelector);
  w.list(0, "Node-Selectors", Object.keys(selector).sort().map((k) => `${k}=${str(selector[k])}`));
  w.list(0, "Tolerations", tolerationsText(arr(spec.tolerations)));
}
