/** `kubectl uncordon NODE` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { settle } from "../kubectl/objects";

export const command: KubectlCommand = {
  path: "uncordon",
  short: "Mark node as schedulable",
  usage: "kubectl uncordon NODE [options]",
  flags: [],
  run: (inv) => {
    const name = inv.args[0];
    if (!name) throw new KubectlError("error: USAGE: uncordon NODE [flags]\nSee 'kubectl uncordon -h' for help and examples");
    const node = inv.cluster.get("Node", undefined, name);
    if (!node) throw new KubectlError(`Error from server (NotFound): nodes "${name}" not found`);
    const already = ((node.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true) === false;
    if (already) return { stdout: `node/${name} already uncordoned\n`, stderr: "", code: 0 };
    inv.cluster.uncordon(name);
    settle(inv.cluster);
    return { stdout: `node/${name} uncordoned\n`, stderr: "", code: 0 };
  },
};
