/**
 * Volumes as the kubelet mounts them: whether a pod's ConfigMap, Secret and claim volumes can be set
 * up (else FailedMount), and where a path inside a container physically lives, for writing data and
 * reading it back after the pod is replaced.
 */
import type { Store } from "../store/store";
import { keyOf } from "../store/keys";
import { record, type Container, type Pod, type Volume } from "../types";
import { dataOf } from "./env";
import { externalMountFailure } from "./external-volumes";

/** The FailedMount message for the first volume that cannot be mounted, or undefined. */
export function mountProblem(store: Store, pod: Pod): { volume: string; message: string; quiet?: boolean } | undefined {
  const ns = pod.metadata.namespace ?? "default";
  for (const v of pod.spec.volumes ?? []) {
    const external = externalMountFailure(v.name, record(v), pod.metadata.uid ?? "");
    if (external) return { volume: v.name, message: external };
    const cm = v.configMap;
    if (cm && !cm.optional && !store.get(keyOf("ConfigMap", ns, cm.name ?? ""))) {
      return { volume: v.name, message: `MountVolume.SetUp failed for volume "${v.name}" : configmap "${cm.name ?? ""}" not found` };
    }
    const secret = v.secret;
    if (secret && !secret.optional && !store.get(keyOf("Secret", ns, secret.secretName ?? ""))) {
      return { volume: v.name, message: `MountVolume.SetUp failed for volume "${v.name}" : secret "${secret.secretName ?? ""}" not found` };
    }
    for (const source of Array.isArray(v.projected?.sources) ? v.projected.sources : []) {
      const src = record(source);
      const cmName = record(src?.configMap)?.name;
      const secretName = record(src?.secret)?.name;
      if (typeof cmName === "string" && record(src?.configMap)?.optional !== true && !store.get(keyOf("ConfigMap", ns, cmName))) {
        return { volume: v.name, message: `MountVolume.SetUp failed for volume "${v.name}" : configmap "${cmName}" not found` };
      }
      if (typeof secretName === "string" && record(src?.secret)?.optional !== true && !store.get(keyOf("Secret", ns, secretName))) {
        return { volume: v.name, message: `MountVolume.SetUp failed for volume "${v.name}" : secret "${secretName}" not found` };
      }
    }
    const claim = v.persistentVolumeClaim?.claimName;
    if (claim) {
      const pvc = store.get(keyOf("PersistentVolumeClaim", ns, claim));
      if (!pvc || record(pvc.status)?.phase !== "Bound") {
        // A WaitForFirstConsumer claim binds right after its first pod is scheduled: a moment's wait, no failure yet.
        const className = record(pvc?.spec)?.storageClassName;
        const delayed = typeof className === "string" && record(store.get(keyOf("StorageClass", undefined, className)))?.volumeBindingMode === "WaitForFirstConsumer";
        return { volume: v.name, quiet: delayed, message: `Unable to attach or mount volumes: unmounted volumes=[${v.name}], unattached volumes=[${v.name}]: timed out waiting for the condition` };
      }
      const pvName = record(pvc.spec)?.volumeName;
      const pv = typeof pvName === "string" ? store.get(keyOf("PersistentVolume", undefined, pvName)) : undefined;
      const failure = pv ? externalMountFailure(pvName as string, record(pv.spec), pod.metadata.uid ?? "") : undefined;
      if (failure) return { volume: v.name, message: failure };
    }
  }
  return undefined;
}

export interface Location {
  /** Where the bytes live: `pod:<uid>/…` (dies with the pod), `pv:<name>`, `host:<node>:<path>`. */
  readonly volume: string;
  readonly path: string;
  readonly readOnly: boolean;
  /** A human description: `emptyDir "cache"`, `PersistentVolumeClaim "data" (PV pvc-…)`. */
  readonly describe: string;
  /** For ConfigMap/Secret volumes, the file contents the kubelet projects. */
  readonly projected?: Record<string, string>;
}

function volumeLocation(store: Store, pod: Pod, v: Volume): Omit<Location, "path" | "readOnly"> {
  const uid = pod.metadata.uid ?? "";
  const ns = pod.metadata.namespace ?? "default";
  if (v.persistentVolumeClaim) {
    const pvc = store.get(keyOf("PersistentVolumeClaim", ns, v.persistentVolumeClaim.claimName));
    const pv = record(pvc?.spec)?.volumeName;
    const pvName = typeof pv === "string" ? pv : `unbound-${v.persistentVolumeClaim.claimName}`;
    return { volume: `pv:${pvName}`, describe: `PersistentVolumeClaim "${v.persistentVolumeClaim.claimName}" (PV ${pvName})` };
  }
  if (v.hostPath) return { volume: `host:${pod.spec.nodeName ?? ""}:${v.hostPath.path}`, describe: `hostPath ${v.hostPath.path} on node ${pod.spec.nodeName ?? ""}` };
  if (v.configMap || v.secret) {
    const kind = v.configMap ? "ConfigMap" : "Secret";
    const name = v.configMap?.name ?? v.secret?.secretName ?? "";
    const o = store.get(keyOf(kind, ns, name));
    const data = o ? dataOf(o) : {};
    const items = v.configMap?.items ?? v.secret?.items;
    const projected = items ? Object.fromEntries(items.map((i) => [i.path, data[i.key] ?? ""])) : data;
    return { volume: `pod:${uid}/${kind}/${v.name}`, describe: `${kind} "${name}"`, projected };
  }
  if (v.emptyDir) return { volume: `pod:${uid}/emptyDir/${v.name}`, describe: `emptyDir "${v.name}"` };
  return { volume: `pod:${uid}/other/${v.name}`, describe: `volume "${v.name}"` };
}

/** Where `path` inside `container` lives: the volume mounted on the longest matching mountPath, else the container's own layer. */
export function locate(store: Store, pod: Pod, container: Container, path: string): Location {
  let best: { mountPath: string; readOnly: boolean; volume: Volume; subPath?: string } | undefined;
  for (const m of container.volumeMounts ?? []) {
    const mp = m.mountPath.replace(/\/+$/, "");
    if (path === mp || path.startsWith(`${mp}/`) || mp === "") {
      const volume = pod.spec.volumes?.find((v) => v.name === m.name);
      if (volume && (!best || mp.length > best.mountPath.length)) best = { mountPath: mp, readOnly: m.readOnly === true, volume, subPath: m.subPath };
    }
  }
  if (!best) {
    return { volume: `pod:${pod.metadata.uid ?? ""}/container/${container.name}`, path, readOnly: false, describe: `the container's writable layer (lost when the container restarts)` };
  }
  // A subPath mount shows one entry of the volume at mountPath itself (e.g. one ConfigMap key as a file).
  const rest = path.slice(best.mountPath.length);
  const inner = best.subPath ? `/${best.subPath}${rest}` : rest || "/";
  const loc = volumeLocation(store, pod, best.volume);
  const readOnly = best.readOnly || loc.projected !== undefined;
  return { ...loc, path: inner, readOnly };
}
