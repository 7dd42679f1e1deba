/** `kubectl autoscale deployment NAME --min=N --max=M --cpu-percent=P`: an autoscaling/v2 HorizontalPodAutoscaler. */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { printOrCreate } from "../kubectl/create-object";
import { getOrThrow, parseTargets } from "../kubectl/objects";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

const SCALABLE = ["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"];

export const command: KubectlCommand = {
  path: "autoscale",
  short: "Auto-scale a deployment, replica set, stateful set, or replication controller",
  usage: "kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "min", type: "int", default: -1 }, { name: "max", type: "int", default: -1 }, { name: "cpu-percent", type: "int", default: -1 }, { name: "name", type: "string" }],
  run: (inv) => {
    const t = parseTargets(inv.args)[0];
    const name = t?.names[0];
    if (!t || !name) throw new KubectlError("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    if (!SCALABLE.includes(t.resource.kind)) throw new KubectlError(`error: cannot autoscale a ${t.resource.kind}: cannot autoscale a ${t.resource.kind}`);
    const max = inv.flags.int("max");
    if (max < 1) throw new KubectlError("error: --max=MAXPODS is required and must be at least 1, max: " + String(max) + "\nSee 'kubectl autoscale -h' for help and examples");
    const min = inv.flags.int("min");
    if (min > max) throw new KubectlError(`error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}\nSee 'kubectl autoscale -h' for help and examples`);
    const target = getOrThrow(inv, t.resource, name);
    const cpu = inv.flags.int("cpu-percent");
    const hpa: KubeObject = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: { creationTimestamp: null, name: inv.flags.string("name") || name } as unknown as KubeObject["metadata"],
      spec: {
        maxReplicas: max,
        ...(cpu >= 0 ? { metrics: [{ resource: { name: "cpu", target: { averageUtilization: cpu, type: "Utilization" } }, type: "Resource" }] } : {}),
        ...(min >= 1 ? { minReplicas: min } : {}),
        scaleTargetRef: { apiVersion: target.apiVersion, kind: target.kind, name },
      },
      status: { currentMetrics: null, desiredReplicas: 0 },
    };
    return printOrCreate(inv, hpa, undefined, "autoscaled");
  },
};
