/** `kubectl replace -f FILE|DIR|-` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { applyFiles } from "../kubectl/apply-files";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "replace",
  short: "Replace a resource by file name or stdin",
  usage: "kubectl replace -f FILENAME [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "filename", short: "f", type: "strings" }, { name: "recursive", short: "R", type: "bool" }, { name: "force", type: "bool" }, { name: "grace-period", type: "int", default: -1 }, { name: "kustomize", short: "k", type: "string" }],
  run: (inv) => {
    if (inv.flags.has("kustomize")) throw new KubectlError("error: kustomize (-k) is not supported in this simulated terminal; apply the manifests with -f");
    if (!inv.flags.has("filename")) {
      throw new KubectlError("error: must specify one of -f and -k");
    }
    return applyFiles(inv, "replace");
  },
};
