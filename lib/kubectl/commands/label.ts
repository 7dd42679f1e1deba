/** `kubectl label TYPE NAME KEY=VALUE … [KEY-] [--overwrite] [--all] [-l SELECTOR]` */
import type { KubectlCommand } from "../kubectl/command";
import { editMetadata } from "../kubectl/metadata-edit";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "label",
  short: "Update the labels on a resource",
  usage: "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "overwrite", type: "bool" }, { name: "all", type: "bool" }, { name: "selector", short: "l", type: "string" }],
  run: (inv) => editMetadata(inv, "labels"),
};
