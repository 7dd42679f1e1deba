/** `kubectl rollout history deployment/NAME [--revision=N]` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { displayName } from "../kubectl/objects";
import { revisionsOf, rolloutTarget } from "../kubectl/rollout";
import { toYaml } from "../printers/serialize";

export const command: KubectlCommand = {
  path: "rollout history",
  short: "View rollout history",
  usage: "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]",
  flags: [{ name: "revision", type: "int" }, { name: "output", short: "o", type: "string" }],
  run: (inv) => {
    const o = rolloutTarget(inv);
    const revisions = revisionsOf(inv, o);
    if (inv.flags.has("revision")) {
      const want = inv.flags.int("revision");
      const hit = revisions.find((r) => r.revision === want);
      if (!hit) throw new KubectlError(`error: unable to find the specified revision`);
      const template = (hit.rs.spec as { template?: { metadata?: { labels?: Record<string, string> } } } | undefined)?.template;
      return { stdout: `${displayName(o)} with revision #${want}\nPod Template:\n${toYaml(template).replace(/^/gm, "  ").trimEnd()}\n\n`, stderr: "", code: 0 };
    }
    const rows = [["REVISION", "CHANGE-CAUSE"], ...revisions.map((r) => [String(r.revision), r.rs.metadata.annotations?.["kubernetes.io/change-cause"] ?? "<none>"])];
    const width = Math.max(...rows.map((r) => (r[0] ?? "").length)) + 2;
    return { stdout: `${displayName(o)} \n${rows.map(([a = "", b = ""]) => `${a.padEnd(width)}${b}\n`).join("")}\n`, stderr: "", code: 0 };
  },
};
