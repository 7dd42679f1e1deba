/** `kubectl expose TYPE NAME [--port] [--target-port] [--type] [--name] [--protocol] [--selector]` */
import type { KubeObject } from "../../cluster";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { printOrCreate } from "../kubectl/create-object";
import { getOrThrow, parseTargets } from "../kubectl/objects";
import { containersOf } from "../kubectl/patch";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

const EXPOSABLE = ["Pod", "Service", "ReplicationController", "Deployment", "ReplicaSet"];

export const command: KubectlCommand = {
  path: "expose",
  short: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
  usage: "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
  flags: [
    ...OUTPUT_FLAGS, ...DRY_RUN_FLAGS,
    { name: "port", type: "string" }, { name: "target-port", type: "string" }, { name: "type", type: "string" },
    { name: "name", type: "string" }, { name: "protocol", type: "string" }, { name: "selector", type: "string" }, { name: "external-ip", type: "string" }, { name: "cluster-ip", type: "string" },
  ],
  run: (inv) => {
    const targets = parseTargets(inv.args);
    const target = targets[0];
    const name = target?.names[0];
    if (!target || !name) throw new KubectlError("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    if (!EXPOSABLE.includes(target.resource.kind)) throw new KubectlError(`error: cannot expose a ${target.resource.kind}`);
    const o = getOrThrow(inv, target.resource, name);
    const spec = (o.spec ?? {}) as Record<string, unknown>;
    let selector: Record<string, string> | undefined;
    if (inv.flags.has("selector")) selector = Object.fromEntries(inv.flags.string("selector").split(",").map((p) => p.split("=") as [string, string]));
    else if (o.kind === "Pod") selector = o.metadata.labels;
    else if (o.kind === "Service" || o.kind === "ReplicationController") selector = spec.selector as Record<string, string> | undefined;
    else {
      const s = spec.selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
      if (s?.matchExpressions && s.matchExpressions.length > 0) throw new KubectlError("error: couldn't convert expressions - \"&LabelSelector…\" to map: operator \"In\" without a single value cannot be converted into the old label selector format");
      selector = s?.matchLabels;
    }
    if (!selector || Object.keys(selector).length === 0) throw new KubectlError(`error: couldn't retrieve selectors via --selector flag or introspection: the ${o.kind.toLowerCase()} has no labels and cannot be exposed\nSee 'kubectl expose -h' for help and examples`);
    let ports: { name?: string; port: number; protocol: string; targetPort: number | string }[];
    const protocol = inv.flags.string("protocol") || "TCP";
    if (inv.flags.has("port")) {
      ports = inv.flags.string("port").split(",").map((p) => ({ port: Number(p), protocol, targetPort: Number(p) }));
    } else {
      const introspected = o.kind === "Service"
        ? ((spec.ports as { port: number; protocol?: string; name?: string }[] | undefined) ?? []).map((p) => ({ port: p.port, protocol: p.protocol ?? "TCP" }))
        : containersOf(o).flatMap((c) => ((c.ports as { containerPort: number; protocol?: string }[] | undefined) ?? []).map((p) => ({ port: p.containerPort, protocol: p.protocol ?? "TCP" })));
      if (introspected.length === 0) throw new KubectlError("error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples");
      ports = introspected.map((p) => ({ port: p.port, protocol: inv.flags.string("protocol") || p.protocol, targetPort: p.port }));
    }
    if (ports.some((p) => !Number.isInteger(p.port))) throw new KubectlError(`error: invalid port: ${inv.flags.string("port")}`);
    if (inv.flags.has("target-port")) {
      const t = inv.flags.string("target-port");
      for (const p of ports) p.targetPort = /^\d+$/.test(t) ? Number(t) : t;
    }
    if (ports.length > 1) ports.forEach((p, i) => (p.name = `port-${i + 1}`));
    const labels = o.metadata.labels ?? {};
    const type = inv.flags.string("type");
    const service: KubeObject = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { creationTimestamp: null, ...(Object.keys(labels).length > 0 ? { labels } : {}), name: inv.flags.string("name") || name } as unknown as KubeObject["metadata"],
      spec: {
        ...(inv.flags.has("cluster-ip") ? { clusterIP: inv.flags.string("cluster-ip") } : {}),
        ...(inv.flags.has("external-ip") ? { externalIPs: [inv.flags.string("external-ip")] } : {}),
        ports: ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), port: p.port, protocol: p.protocol, targetPort: p.targetPort })),
        selector,
        ...(type ? { type } : {}),
      },
      status: { loadBalancer: {} },
    };
    return printOrCreate(inv, service, undefined, "exposed");
  },
};
