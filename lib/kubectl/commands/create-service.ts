/** `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME --tcp=PORT[:TARGET]` (four commands, one generator). */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

type ServiceType = "ClusterIP" | "NodePort" | "LoadBalancer" | "ExternalName";

function serviceCommand(sub: string, type: ServiceType): KubectlCommand {
  return {
    path: `create service ${sub}`,
    short: `Create a ${type} service`,
    usage: type === "ExternalName" ? "kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]" : `kubectl create service ${sub} NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]`,
    flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "tcp", type: "strings" }, { name: "clusterip", type: "string" }, { name: "node-port", type: "int", default: 0 }, { name: "external-name", type: "string" }],
    run: (inv) => {
      const name = requireName(inv);
      if (type === "ExternalName" && !inv.flags.string("external-name")) throw new KubectlError(`error: required flag(s) "external-name" not set`);
      const tcp = inv.flags.strings("tcp").flatMap((t) => t.split(","));
      if (type !== "ExternalName" && tcp.length === 0 && inv.flags.string("clusterip") !== "None") throw new KubectlError(`error: required flag(s) "tcp" not set`);
      const ports = tcp.map((t) => {
        const [port = "", target = port] = t.split(":");
        if (!/^\d+$/.test(port)) throw new KubectlError(`error: invalid port: ${t}`);
        return { name: `${port}-${target}`, ...(type === "NodePort" && inv.flags.int("node-port") > 0 ? { nodePort: inv.flags.int("node-port") } : {}), port: Number(port), protocol: "TCP", targetPort: /^\d+$/.test(target) ? Number(target) : target };
      });
      const service: KubeObject = {
        apiVersion: "v1",
        kind: "Service",
        metadata: { creationTimestamp: null, labels: { app: name }, name } as unknown as KubeObject["metadata"],
        spec: {
          ...(inv.flags.has("clusterip") ? { clusterIP: inv.flags.string("clusterip") } : {}),
          ...(type === "ExternalName" ? { externalName: inv.flags.string("external-name") } : {}),
          ...(ports.length > 0 ? { ports } : {}),
          selector: { app: name },
          type,
        },
        status: { loadBalancer: {} },
      };
      return printOrCreate(inv, service, `${type} service`);
    },
  };
}

export const CREATE_SERVICE_COMMANDS: readonly KubectlCommand[] = [
  serviceCommand("clusterip", "ClusterIP"), serviceCommand("nodeport", "NodePort"),
  serviceCommand("loadbalancer", "LoadBalancer"), serviceCommand("externalname", "ExternalName"),
];
