/** `kubectl set image TYPE/NAME CONTAINER=IMAGE … ` (`*=IMAGE` for every container). */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { displayName, dryRunOf, dryRunSuffix, selectObjects } from "../kubectl/objects";
import { containersOf, editable, writeBack } from "../kubectl/patch";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "set image",
  short: "Update the image of a pod template",
  usage: "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "all", type: "bool" }, { name: "selector", short: "l", type: "string" }, { name: "record", type: "bool", ignored: true }],
  run: (inv) => {
    const pairs = inv.args.filter((a) => a.includes("="));
    const resources = inv.args.filter((a) => !a.includes("="));
    if (pairs.length === 0) throw new KubectlError("error: at least one image update is required\nSee 'kubectl set image -h' for help and examples");
    if (resources.length === 0) throw new KubectlError("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl set image -h' for help and examples");
    let out = "";
    for (const stored of selectObjects(inv, resources)) {
      const o = editable(stored);
      const containers = containersOf(o);
      for (const pair of pairs) {
        const [container = "", image = ""] = pair.split("=");
        const hit = containers.filter((c) => container === "*" || c.name === container);
        if (hit.length === 0) throw new KubectlError(`error: unable to find container named "${container}"`);
        for (const c of hit) c.image = image;
      }
      const dryRun = dryRunOf(inv);
      if (dryRun === "none") writeBack(inv, o);
      out += `${displayName(o)} image updated${dryRunSuffix(dryRun)}\n`;
    }
    return { stdout: out, stderr: "", code: 0 };
  },
};
