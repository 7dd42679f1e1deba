/** `kubectl rollout status deployment/NAME`: the rollout has already played out on the virtual clock. */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { settle } from "../kubectl/objects";
import { rolloutTarget } from "../kubectl/rollout";

export const command: KubectlCommand = {
  path: "rollout status",
  short: "Show the status of the rollout",
  usage: "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]",
  flags: [{ name: "watch", short: "w", type: "bool", default: true }, { name: "timeout", type: "string" }, { name: "revision", type: "int" }],
  run: (inv) => {
    settle(inv.cluster);
    const o = rolloutTarget(inv);
    const name = o.metadata.name ?? "";
    const spec = (o.spec ?? {}) as { replicas?: number; paused?: boolean };
    const status = (o.status ?? {}) as { updatedReplicas?: number; replicas?: number; availableReplicas?: number; readyReplicas?: number; observedGeneration?: number };
    const want = spec.replicas ?? 1;
    if (o.kind !== "Deployment") {
      const ready = status.readyReplicas ?? 0;
      if (ready >= want) return { stdout: o.kind === "StatefulSet" ? `partitioned roll out complete: ${want} new pods have been updated...\n` : `daemon set "${name}" successfully rolled out\n`, stderr: "", code: 0 };
      throw new KubectlError(`error: timed out waiting for the condition`, `Waiting for ${o.kind === "StatefulSet" ? "statefulset" : "daemon set"} "${name}" rollout to finish: ${ready} of ${want} updated pods are ready...\n`);
    }
    if (spec.paused) throw new KubectlError("error: timed out waiting for the condition", `Waiting for deployment "${name}" rollout to finish: 0 out of ${want} new replicas have been updated...\n`);
    const updated = status.updatedReplicas ?? 0;
    const available = status.availableReplicas ?? 0;
    const total = status.replicas ?? 0;
    if (updated < want) throw new KubectlError("error: timed out waiting for the condition", `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`);
    if (total > updated) throw new KubectlError("error: timed out waiting for the condition", `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...\n`);
    if (available < updated) throw new KubectlError("error: timed out waiting for the condition", `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`);
    return { stdout: `deployment "${name}" successfully rolled out\n`, stderr: "", code: 0 };
  },
};
