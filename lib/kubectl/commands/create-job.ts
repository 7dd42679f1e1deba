/** `kubectl create job NAME --image=IMAGE [-- COMMAND …]` or `--from=cronjob/NAME` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create job",
  short: "Create a job with the specified name",
  usage: "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "image", type: "string" }, { name: "from", type: "string" }],
  run: (inv) => {
    const name = requireName(inv);
    if (inv.flags.has("from")) {
      const from = inv.flags.string("from");
      const [kind = "", source = ""] = from.split("/");
      if (!["cronjob", "cronjobs", "cj"].includes(kind.toLowerCase())) throw new KubectlError(`error: from must be an existing cronjob: ${from}`);
      const cj = inv.cluster.get("CronJob", inv.namespace, source);
      if (!cj) throw new KubectlError(`error: failed to retrieve cronjob: cronjobs.batch "${source}" not found`);
      const template = (cj.spec as { jobTemplate?: { metadata?: Record<string, unknown>; spec?: Record<string, unknown> } } | undefined)?.jobTemplate ?? {};
      const job: KubeObject = {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { annotations: { "cronjob.kubernetes.io/instantiate": "manual" }, creationTimestamp: null, name, ownerReferences: [{ apiVersion: "batch/v1", kind: "CronJob", name: source, uid: cj.metadata.uid ?? "", controller: true }] } as unknown as KubeObject["metadata"],
        spec: structuredClone(template.spec ?? {}),
        status: {},
      };
      return printOrCreate(inv, job, "job");
    }
    if (!inv.flags.has("image")) throw new KubectlError(`error: required flag(s) "image" not set`);
    const command = inv.afterDash ?? [];
    const job: KubeObject = {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"],
      spec: {
        template: {
          metadata: { creationTimestamp: null },
          spec: { containers: [{ ...(command.length > 0 ? { command: [...command] } : {}), image: inv.flags.string("image"), name, resources: {} }], restartPolicy: "Never" },
        },
      },
      status: {},
    };
    return printOrCreate(inv, job, "job");
  },
};
