/** `kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=N] [-- COMMAND …]` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { containerNameOf, printOrCreate, requireFlag, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "create deployment",
  aliases: ["deploy"],
  short: "Create a deployment with the specified name",
  usage: "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "image", type: "strings" }, { name: "replicas", short: "r", type: "int", default: 1 }, { name: "port", type: "int", default: -1 }],
  run: (inv) => {
    const name = requireName(inv);
    requireFlag(inv, "image");
    const images = inv.flags.strings("image").flatMap((i) => i.split(","));
    const port = inv.flags.int("port");
    const labels = { app: name };
    const containers = images.map((image, i) => ({
      ...(inv.afterDash && inv.afterDash.length > 0 && i === 0 ? { command: [...inv.afterDash] } : {}),
      image,
      name: containerNameOf(image),
      ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
      resources: {},
    }));
    const object: KubeObject = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { creationTimestamp: null, labels, name } as unknown as KubeObject["metadata"],
      spec: {
        replicas: inv.flags.int("replicas"),
        selector: { matchLabels: labels },
        strategy: {},
        template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
      },
      status: {},
    };
    return printOrCreate(inv, object, "deployment");
  },
};
