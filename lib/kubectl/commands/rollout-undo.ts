/** `kubectl rollout undo deployment/NAME [--to-revision=N]`: the Deployment's template goes back to that ReplicaSet's. */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { displayName } from "../kubectl/objects";
import { editable, writeBack } from "../kubectl/patch";
import { revisionsOf, rolloutTarget } from "../kubectl/rollout";

export const command: KubectlCommand = {
  path: "rollout undo",
  short: "Undo a previous rollout",
  usage: "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]",
  flags: [{ name: "to-revision", type: "int" }],
  run: (inv) => {
    const o = editable(rolloutTarget(inv));
    const revisions = revisionsOf(inv, o);
    const current = revisions[revisions.length - 1];
    const wanted = inv.flags.int("to-revision");
    const target = wanted > 0 ? revisions.find((r) => r.revision === wanted) : revisions[revisions.length - 2];
    if (!target) throw new KubectlError(wanted > 0 ? `error: unable to find specified revision ${wanted} in history` : "error: no rollout history found for deployment \"" + (o.metadata.name ?? "") + "\"");
    if (current && target.revision === current.revision) return { stdout: `${displayName(o)} skipped rollback (current template already matches revision ${target.revision})\n`, stderr: "", code: 0 };
    const template = structuredClone((target.rs.spec as { template?: { metadata?: { labels?: Record<string, string> } } }).template ?? {});
    if (template.metadata?.labels) delete template.metadata.labels["pod-template-hash"];
    (o.spec as Record<string, unknown>).template = template;
    writeBack(inv, o);
    return { stdout: `${displayName(o)} rolled back\n`, stderr: "", code: 0 };
  },
};
