/**
 * `host-mount`: in every pod matching the query, a path inside the container is the node's own
 * directory (a hostPath volume covering it), mounted read-only when `readOnly` is set.
 */
import { z } from "zod";
import type { Container, Volume } from "../../cluster/types";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { describeQuery, podQuerySchema, sameImage, selectPods } from "./pod-query";

export const hostMountSchema = z
  .object({ pods: podQuerySchema, path: z.string().startsWith("/"), hostPath: z.string().startsWith("/").optional(), readOnly: z.boolean().default(false) })
  .strict();

export type HostMountParams = z.infer<typeof hostMountSchema>;

const trim = (p: string): string => p.replace(/\/+$/, "") || "/";

/** What `path` is inside the container: the host path behind it, and whether the mount is read-only. */
function resolveMount(container: Container, volumes: readonly Volume[], path: string): { host?: string; readOnly: boolean; describe: string } {
  let best: { mountPath: string; readOnly: boolean; volume: Volume | undefined } | undefined;
  for (const m of container.volumeMounts ?? []) {
    const mp = trim(m.mountPath);
    if ((path === mp || path.startsWith(`${mp}/`) || mp === "/") && (!best || mp.length > best.mountPath.length)) {
      best = { mountPath: mp, readOnly: m.readOnly === true, volume: volumes.find((v) => v.name === m.name) };
    }
  }
  if (!best?.volume) return { readOnly: false, describe: `${path} is in the container's own filesystem, not the node's` };
  const hp = best.volume.hostPath?.path;
  if (!hp) return { readOnly: best.readOnly, describe: `${path} is in volume "${best.volume.name}", which is not a hostPath volume` };
  const host = `${trim(hp)}${path.slice(best.mountPath.length)}`.replace(/\/\/+/g, "/");
  return { host, readOnly: best.readOnly, describe: `${path} is the node's ${host} (hostPath volume "${best.volume.name}"${best.readOnly ? ", read-only" : ", writable"})` };
}

export function evaluateHostMount(view: ClusterView, p: HostMountParams): CheckOutcome {
  const pods = selectPods(view, p.pods);
  if (pods.length === 0) return failure(`no ${describeQuery(p.pods)}`);
  const want = p.hostPath ?? p.path;
  const trace: string[] = [];
  for (const pod of pods) {
    const spec = pod.object.spec as { containers?: Container[]; volumes?: Volume[] } | undefined;
    const container = (spec?.containers ?? []).find((c) => p.pods.image === undefined || sameImage(c.image ?? "", p.pods.image)) ?? spec?.containers?.[0];
    if (!container) continue;
    const m = resolveMount(container, spec?.volumes ?? [], p.path);
    trace.push(`${pod.name}: ${m.describe}`);
    if (m.host !== want) return failure(`${pod.name}: ${m.describe}; it should be the node's ${want}`, trace);
    if (p.readOnly && !m.readOnly) return failure(`${pod.name}: ${m.describe}; mount it read-only (readOnly: true on the volumeMount) so the agent cannot change the node's files`, trace);
  }
  return pass(`${describeQuery(p.pods)} see the node's ${want} at ${p.path}${p.readOnly ? ", read-only" : ""}`, trace);
}

export const hostMountCheck: ConditionType<HostMountParams> = { kind: "condition", type: "host-mount", schema: hostMountSchema, evaluate: evaluateHostMount };
