/** `kubectl create -f FILE|DIR|-` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { applyFiles } from "../kubectl/apply-files";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create",
  short: "Create a resource from a file or from stdin",
  usage: "kubectl create -f FILENAME [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "filename", short: "f", type: "strings" }, { name: "recursive", short: "R", type: "bool" }, { name: "force", type: "bool", ignored: true }, { name: "kustomize", short: "k", type: "string" }],
  run: (inv) => {
    if (inv.flags.has("kustomize")) throw new KubectlError("error: kustomize (-k) is not supported in this simulated terminal; apply the manifests with -f");
    if (!inv.flags.has("filename")) {
      if (inv.args.length > 0) throw new KubectlError(`error: unknown command "${inv.args[0] ?? ""}" for "kubectl create"`);
      throw new KubectlError("error: must specify one of -f and -k");
    }
    return applyFiles(inv, "create");
  },
};
