/** `kubectl scale TYPE/NAME --replicas=N` (deployments, replicasets, statefulsets, replication controllers). */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { displayName, selectObjects, settle } from "../kubectl/objects";

const SCALABLE = ["Deployment", "ReplicaSet", "StatefulSet", "ReplicationController"];

export const command: KubectlCommand = {
  path: "scale",
  short: "Set a new size for a deployment, replica set, or replication controller",
  usage: "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
  flags: [{ name: "replicas", type: "int" }, { name: "current-replicas", type: "int", default: -1 }, { name: "selector", short: "l", type: "string" }, { name: "all", type: "bool" }],
  run: (inv) => {
    if (!inv.flags.has("replicas")) throw new KubectlError(`error: required flag(s) "replicas" not set`);
    const replicas = inv.flags.int("replicas");
    if (replicas < 0) throw new KubectlError("error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
    if (inv.args.length === 0) throw new KubectlError("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    let out = "";
    for (const o of selectObjects(inv, inv.args)) {
      const name = o.metadata.name ?? "";
      if (!SCALABLE.includes(o.kind)) throw new KubectlError(`error: no objects passed to scale ${o.kind.toLowerCase()} "${name}" is not scalable`);
      const current = inv.flags.int("current-replicas");
      const spec = o.spec as { replicas?: number } | undefined;
      if (current >= 0 && (spec?.replicas ?? 1) !== current) throw new KubectlError(`error: Expected replicas to be ${current}, was ${spec?.replicas ?? 1}`);
      inv.cluster.scale(o.kind, o.metadata.namespace ?? inv.namespace, name, replicas);
      out += `${displayName(o)} scaled\n`;
    }
    settle(inv.cluster);
    return { stdout: out, stderr: "", code: 0 };
  },
};
