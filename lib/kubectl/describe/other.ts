/** describe for Nodes, Namespaces, ConfigMaps, Secrets, PVCs, PVs, HPAs, and a plain fallback for other kinds. */
import type { KubeObject } from "../../cluster";
import { arr, DescribeWriter, rec, rfc1123, str } from "./format";
import type { Related } from "./workloads";

export function describeNode(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec), status = rec(o.status), info = rec(status.nodeInfo);
  const roles = Object.keys(o.metadata.labels ?? {}).filter((k) => k.startsWith("node-role.kubernetes.io/")).map((k) => k.slice(24));
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Roles:", roles.join(",") || "<none>");
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "CreationTimestamp:", rfc1123(o.metadata.creationTimestamp));
  w.list(0, "Taints", arr(spec.taints).map((t) => `${str(t.key)}${t.value ? `=${str(t.value)}` : ""}:${str(t.effect)}`));
  w.line(0, "Unschedulable:", String(spec.unschedulable === true));
  w.line(0, "Conditions:").line(1, "Type", "Status", "LastHeartbeatTime", "LastTransitionTime", "Reason", "Message").line(1, "----", "------", "-----------------", "------------------", "------", "-------");
  for (const c of arr(status.conditions)) w.line(1, str(c.type), str(c.status), rfc1123(str(c.lastHeartbeatTime)), rfc1123(str(c.lastTransitionTime)), str(c.reason), str(c.message));
  w.line(0, "Addresses:");
  for (const a of arr(status.addresses)) w.line(1, `${str(a.type)}:`, str(a.address));
  for (const [title, key] of [["Capacity", "capacity"], ["Allocatable", "allocatable"]] as const) {
    w.line(0, `${title}:`);
    const m = rec(status[key]);
    for (const k of Object.keys(m).sort()) w.line(1, `${k}:`, str(m[k]));
  }
  w.line(0, "System Info:");
  for (const [label, key] of [["Machine ID", "machineID"], ["System UUID", "systemUUID"], ["Boot ID", "bootID"], ["Kernel Version", "kernelVersion"], ["OS Image", "osImage"], ["Operating System", "operatingSystem"], ["Architecture", "architecture"], ["Container Runtime Version", "containerRuntimeVersion"], ["Kubelet Version", "kubeletVersion"]] as const) w.line(1, `${label}:`, str(info[key]));
  if (spec.podCIDR) w.line(0, "PodCIDR:", str(spec.podCIDR)).line(0, "PodCIDRs:", ((spec.podCIDRs as string[] | undefined) ?? []).join(","));
  if (spec.providerID) w.line(0, "ProviderID:", str(spec.providerID));
  const pods = rel.list("Pod", undefined).filter((p) => rec(p.spec).nodeName === o.metadata.name && !["Succeeded", "Failed"].includes(str(rec(p.status).phase)));
  w.line(0, `Non-terminated Pods:`, `(${pods.length} in total)`);
  w.line(1, "Namespace", "Name", "CPU Requests", "CPU Limits", "Memory Requests", "Memory Limits", "Age");
  w.line(1, "---------", "----", "------------", "----------", "---------------", "-------------", "---");
  for (const p of pods) w.line(1, p.metadata.namespace ?? "", p.metadata.name ?? "", "0 (0%)", "0 (0%)", "0 (0%)", "0 (0%)", "");
}

export function describeNamespace(o: KubeObject, w: DescribeWriter, rel: Related): void {
  w.line(0, "Name:", o.metadata.name ?? "").map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Status:", str(rec(o.status).phase, "Active"));
  const quotas = rel.list("ResourceQuota", o.metadata.name);
  w.line(0, "");
  if (quotas.length === 0) w.line(0, "No resource quota.");
  const limits = rel.list("LimitRange", o.metadata.name);
  w.line(0, "");
  if (limits.length === 0) w.line(0, "No LimitRange resource.");
}

export function describeData(o: KubeObject, w: DescribeWriter): void {
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  const data = rec(o.data);
  if (o.kind === "Secret") {
    w.line(0, "").line(0, "Type:", str(o.type, "Opaque")).line(0, "").line(0, "Data").line(0, "====");
    for (const k of Object.keys(data).sort()) w.line(0, `${k}:`, `${atob(str(data[k])).length} bytes`);
    return;
  }
  w.line(0, "").line(0, "Data").line(0, "====");
  for (const k of Object.keys(data).sort()) w.line(0, `${k}:`).line(0, "----").raw(`${str(data[k])}\n`);
  w.line(0, "").line(0, "BinaryData").line(0, "====");
  for (const k of Object.keys(rec(o.binaryData)).sort()) w.line(0, `${k}: ${atob(str(rec(o.binaryData)[k])).length} bytes`);
  w.line(0, "");
}

export function describeClaim(o: KubeObject, w: DescribeWriter, rel: Related): void {
  const spec = rec(o.spec), status = rec(o.status);
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  w.line(0, "StorageClass:", str(spec.storageClassName)).line(0, "Status:", str(status.phase, "Pending")).line(0, "Volume:", str(spec.volumeName));
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Finalizers:", `[${(o.metadata.finalizers ?? []).join(" ")}]`);
  w.line(0, "Capacity:", str(rec(status.capacity).storage));
  w.line(0, "Access Modes:", ((status.accessModes as string[] | undefined) ?? []).map((m) => ({ ReadWriteOnce: "RWO", ReadOnlyMany: "ROX", ReadWriteMany: "RWX", ReadWriteOncePod: "RWOP" })[m] ?? m).join(","));
  w.line(0, "VolumeMode:", str(spec.volumeMode, "Filesystem"));
  const users = rel.list("Pod", o.metadata.namespace).filter((p) => arr(rec(p.spec).volumes).some((v) => rec(v.persistentVolumeClaim).claimName === o.metadata.name));
  w.line(0, "Used By:", users.length === 0 ? "<none>" : users.map((p) => p.metadata.name ?? "").join("\n"));
}

export function describeVolume(o: KubeObject, w: DescribeWriter): void {
  const spec = rec(o.spec), status = rec(o.status), claim = rec(spec.claimRef);
  w.line(0, "Name:", o.metadata.name ?? "").map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Finalizers:", `[${(o.metadata.finalizers ?? []).join(" ")}]`);
  w.line(0, "StorageClass:", str(spec.storageClassName)).line(0, "Status:", str(status.phase));
  w.line(0, "Claim:", spec.claimRef ? `${str(claim.namespace)}/${str(claim.name)}` : "");
  w.line(0, "Reclaim Policy:", str(spec.persistentVolumeReclaimPolicy, "Retain"));
  w.line(0, "Access Modes:", ((spec.accessModes as string[] | undefined) ?? []).map((m) => ({ ReadWriteOnce: "RWO", ReadOnlyMany: "ROX", ReadWriteMany: "RWX", ReadWriteOncePod: "RWOP" })[m] ?? m).join(","));
  w.line(0, "VolumeMode:", str(spec.volumeMode, "Filesystem")).line(0, "Capacity:", str(rec(spec.capacity).storage));
  w.line(0, "Node Affinity:", spec.nodeAffinity ? "" : "<none>").line(0, "Message:", str(status.message));
  w.line(0, "Source:");
  if (spec.hostPath) w.line(1, "Type:", "HostPath (bare host directory volume)").line(1, "Path:", str(rec(spec.hostPath).path)).line(1, "HostPathType:", str(rec(spec.hostPath).type));
}

export function describeAutoscaler(o: KubeObject, w: DescribeWriter): void {
  const spec = rec(o.spec), status = rec(o.status), ref = rec(spec.scaleTargetRef);
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "CreationTimestamp:", rfc1123(o.metadata.creationTimestamp));
  w.line(0, "Reference:", `${str(ref.kind)}/${str(ref.name)}`);
  w.line(0, "Metrics:", "( current / target )");
  const current = arr(status.currentMetrics);
  arr(spec.metrics).forEach((m, i) => {
    const r = rec(m.resource), t = rec(r.target), c = rec(rec(current[i]?.resource).current);
    w.line(1, `resource ${str(r.name)} on pods  (as a percentage of request):`, `${c.averageUtilization === undefined ? "<unknown>" : `${str(c.averageUtilization)}% (${str(c.averageValue, "0")})`} / ${str(t.averageUtilization)}%`);
  });
  w.line(0, "Min replicas:", str(spec.minReplicas, "1")).line(0, "Max replicas:", str(spec.maxReplicas));
  w.line(0, `${str(ref.kind)} pods:`, `${str(status.currentReplicas, "0")} current / ${str(status.desiredReplicas, "0")} desired`);
  const conditions = arr(status.conditions);
  if (conditions.length > 0) {
    w.line(0, "Conditions:").line(1, "Type", "Status", "Reason", "Message").line(1, "----", "------", "------", "-------");
    for (const c of conditions) w.line(1, str(c.type), str(c.status), str(c.reason), str(c.message));
  }
}

/** Kinds without a describer of their own: identity, labels and annotations, as kubectl's generic describer prints. */
export function describeGeneric(o: KubeObject, w: DescribeWriter): void {
  w.line(0, "Name:", o.metadata.name ?? "");
  if (o.metadata.namespace) w.line(0, "Namespace:", o.metadata.namespace);
  w.map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "API Version:", o.apiVersion).line(0, "Kind:", o.kind);
}
