/** `kubectl create configmap NAME [--from-literal=k=v] [--from-file=[key=]path] [--from-env-file=path]` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { collectData, DATA_FLAGS } from "../kubectl/data-sources";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create configmap",
  aliases: ["cm"],
  short: "Create a config map from a local file, directory or literal value",
  usage: "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, ...DATA_FLAGS],
  run: (inv) => {
    const name = requireName(inv);
    const data = collectData(inv);
    const cm: KubeObject = { apiVersion: "v1", ...(Object.keys(data).length > 0 ? { data } : {}), kind: "ConfigMap", metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"] };
    return printOrCreate(inv, cm, "configmap");
  },
};
