/** `kubectl rollout history deployment/NAME [--revision=N]` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { displayName } from "../kubectl/objects";
import { revisionsOf, rolloutTarget } from "../kubectl/rollout";
import type { KubeObject } from "../../cluster";
import { DescribeWriter } from "../describe/format";
import { describeTemplate } from "../describe/workloads";

const CHANGE_CAUSE = "kubernetes.io/change-cause";

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
      const w = new DescribeWriter();
      describeTemplate(w, (hit.rs.spec as { template?: Record<string, unknown> } | undefined)?.template ?? {});
      return { stdout: `${displayName(o)} with revision #${want}\n${w.toString()}\n`, stderr: "", code: 0 };
    }
    const latest = revisions[revisions.length - 1]?.revision;
    // The deployment controller copies the Deployment's change-cause onto its newest ReplicaSet; the
    // engine does not yet, so the newest revision reads it from the Deployment.
    const cause = (r: { revision: number; rs: KubeObject }): string => r.rs.metadata.annotations?.[CHANGE_CAUSE] ?? (r.revision === latest ? o.metadata.annotations?.[CHANGE_CAUSE] : undefined) ?? "<none>";
    const rows = [["REVISION", "CHANGE-CAUSE"], ...revisions.map((r) => [String(r.revision), cause(r)])];
    const width = Math.max(...rows.map((r) => (r[0] ?? "").length)) + 2;
    return { stdout: `${displayName(o)} \n${rows.map(([a = "", b = ""]) => `${a.padEnd(width)}${b}\n`).join("")}\n`, stderr: "", code: 0 };
  },
};
