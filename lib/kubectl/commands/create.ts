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
      // kubectl's create without -f prints its complaint, then DefaultSubCommandRun's for the unknown words.
      if (inv.args.length > 0) throw new KubectlError(`Error: must specify one of -f and -k\n\nerror: unknown command "${inv.args.join(" ")}"\nSee 'kubectl create -h' for help and examples`);
      throw new KubectlError("error: must specify one of -f and -k");
    }
    return applyFiles(inv, "create");
  },
};
