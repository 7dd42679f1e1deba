/** `kubectl cordon NODE` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { settle } from "../kubectl/objects";

export const command: KubectlCommand = {
  path: "cordon",
  short: "Mark node as unschedulable",
  usage: "kubectl cordon NODE [options]",
  flags: [],
  run: (inv) => {
    const name = inv.args[0];
    if (!name) throw new KubectlError("error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples");
    const node = inv.cluster.get("Node", undefined, name);
    if (!node) throw new KubectlError(`Error from server (NotFound): nodes "${name}" not found`);
    const already = ((node.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true) === true;
    if (already) return { stdout: `node/${name} already cordoned\n`, stderr: "", code: 0 };
    inv.cluster.cordon(name);
    settle(inv.cluster);
    return { stdout: `node/${name} cordoned\n`, stderr: "", code: 0 };
  },
};
