/** `kubectl create cronjob NAME --image=IMAGE --schedule=CRON [--restart=OnFailure] [-- COMMAND …]` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create cronjob",
  aliases: ["cj"],
  short: "Create a cron job with the specified name",
  usage: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "image", type: "string" }, { name: "schedule", type: "string" }, { name: "restart", type: "string", default: "OnFailure" }],
  run: (inv) => {
    const name = requireName(inv);
    if (!inv.flags.has("image")) throw new KubectlError(`error: required flag(s) "image" not set`);
    if (!inv.flags.has("schedule")) throw new KubectlError(`error: required flag(s) "schedule" not set`);
    const restart = inv.flags.string("restart");
    if (restart !== "OnFailure" && restart !== "Never") throw new KubectlError(`error: restart policy "${restart}" is not supported for cronjobs, use OnFailure or Never`);
    const command = inv.afterDash ?? [];
    const cronjob: KubeObject = {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"],
      spec: {
        jobTemplate: {
          metadata: { creationTimestamp: null, name },
          spec: {
            template: {
              metadata: { creationTimestamp: null },
              spec: { containers: [{ ...(command.length > 0 ? { command: [...command] } : {}), image: inv.flags.string("image"), name, resources: {} }], restartPolicy: restart },
            },
          },
        },
        schedule: inv.flags.string("schedule"),
      },
      status: {},
    };
    return printOrCreate(inv, cronjob, "cronjob");
  },
};
