/** `kubectl rollout restart deployment/NAME`: stamps the pod template so a new rollout replaces every pod. */
import type { KubectlCommand } from "../kubectl/command";
import { displayName } from "../kubectl/objects";
import { editable, writeBack } from "../kubectl/patch";
import { rolloutTarget } from "../kubectl/rollout";

export const command: KubectlCommand = {
  path: "rollout restart",
  short: "Restart a resource",
  usage: "kubectl rollout restart RESOURCE [options]",
  flags: [],
  run: (inv) => {
    const o = editable(rolloutTarget(inv));
    const spec = o.spec as { template?: { metadata?: { annotations?: Record<string, string> } }; paused?: boolean };
    if (spec.paused) return { stdout: "", stderr: `error: deployments.apps "${o.metadata.name ?? ""}" can't restart paused deployment (run rollout resume first)\n`, code: 1 };
    const template = spec.template ?? {};
    template.metadata = { ...(template.metadata ?? {}), annotations: { ...(template.metadata?.annotations ?? {}), "kubectl.kubernetes.io/restartedAt": inv.cluster.iso() } };
    spec.template = template;
    writeBack(inv, o);
    return { stdout: `${displayName(o)} restarted\n`, stderr: "", code: 0 };
  },
};
