/**
 * `kubectl top pod|node`: metrics-server's readings (../metrics/usage) printed as kubectl's
 * metrics printer does — every cell ends with a tab, so the last column is padded too; CPU in
 * millicores, memory in whole MiB, node percentages of allocatable (of capacity with --show-capacity).
 */
import type { Node, Pod } from "../../cluster/types";
import { cpuMillis, units } from "../../cluster/util/quantity";
import { KubectlError, type Invocation, type KubectlCommand } from "../kubectl/command";
import { parseSelector } from "../kubectl/selector";
import { nodeUsage, podContainerUsage, sumUsage, type Usage } from "../metrics/usage";
import { tabwrite } from "../printers/tabwriter";

const cells = (row: readonly string[]): string => `${row.map((c) => `${c}\t`).join("")}\n`;
const print = (lines: string): string => tabwrite(lines, { minWidth: 6, padding: 3 });
const cpu = (u: Usage): string => `${u.cpuMillis}m`;
const memory = (u: Usage): string => `${Math.floor(u.memoryBytes / 2 ** 20)}Mi`;

function sortBy(inv: Invocation): "cpu" | "memory" | "" {
  const s = inv.flags.string("sort-by");
  if (s !== "" && s !== "cpu" && s !== "memory") throw new KubectlError("error: --sort-by accepts only cpu or memory");
  return s;
}

function byUsage<T extends { usage: Usage }>(rows: T[], key: "cpu" | "memory" | ""): T[] {
  if (key === "") return rows;
  return [...rows].sort((a, b) => (key === "cpu" ? b.usage.cpuMillis - a.usage.cpuMillis : b.usage.memoryBytes - a.usage.memoryBytes));
}

const topPod: KubectlCommand = {
  path: "top pod",
  aliases: ["pods", "po"],
  short: "Display resource (CPU/memory) usage of pods",
  usage: "kubectl top pod [NAME | -l label] [options]",
  flags: [
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "field-selector", type: "string", ignored: true },
    { name: "containers", type: "bool" },
    { name: "no-headers", type: "bool" },
    { name: "sort-by", type: "string" },
    { name: "sum", type: "bool" },
    { name: "use-protocol-buffers", type: "bool", ignored: true },
  ],
  run: (inv) => {
    const key = sortBy(inv);
    const all = inv.flags.bool("all-namespaces");
    const name = inv.args[0];
    if (name !== undefined && inv.flags.has("selector")) throw new KubectlError("error: only one of NAME or --selector can be provided");
    let pods = (all ? inv.cluster.list("Pod") : inv.cluster.list("Pod", inv.namespace)) as Pod[];
    if (name !== undefined) pods = pods.filter((p) => p.metadata.name === name);
    if (inv.flags.has("selector")) { const m = parseSelector(inv.flags.string("selector")); pods = pods.filter((p) => m(p.metadata.labels)); }
    const measured = pods.flatMap((pod) => {
      const containers = podContainerUsage(inv.cluster, pod);
      return containers ? [{ pod, containers, usage: sumUsage(containers.map((c) => c.usage)) }] : [];
    });
    if (name !== undefined && measured.length === 0) throw new KubectlError(`Error from server (NotFound): podmetrics.metrics.k8s.io "${inv.namespace}/${name}" not found`);
    if (measured.length === 0) return { stdout: "", stderr: all ? "No resources found\n" : `No resources found in ${inv.namespace} namespace.\n`, code: 0 };
    const withContainers = inv.flags.bool("containers");
    const head = [...(all ? ["NAMESPACE"] : []), ...(withContainers ? ["POD"] : []), "NAME", "CPU(cores)", "MEMORY(bytes)"];
    let lines = inv.flags.bool("no-headers") ? "" : cells(head);
    for (const m of byUsage(measured, key)) {
      const ns = all ? [m.pod.metadata.namespace ?? ""] : [];
      const podName = m.pod.metadata.name ?? "";
      if (withContainers) for (const c of m.containers) lines += cells([...ns, podName, c.name, cpu(c.usage), memory(c.usage)]);
      else lines += cells([...ns, podName, cpu(m.usage), memory(m.usage)]);
    }
    if (inv.flags.bool("sum")) {
      const blank = Array<string>(head.length - 2).fill("");
      const total = sumUsage(measured.map((m) => m.usage));
      lines += cells([...blank, "________", "________"]) + cells([...blank, cpu(total), memory(total)]);
    }
    return { stdout: print(lines), stderr: "", code: 0 };
  },
};

const topNode: KubectlCommand = {
  path: "top node",
  aliases: ["nodes", "no"],
  short: "Display resource (CPU/memory) usage of nodes",
  usage: "kubectl top node [NAME | -l label] [options]",
  flags: [
    { name: "selector", short: "l", type: "string" },
    { name: "no-headers", type: "bool" },
    { name: "sort-by", type: "string" },
    { name: "show-capacity", type: "bool" },
    { name: "use-protocol-buffers", type: "bool", ignored: true },
  ],
  run: (inv) => {
    const key = sortBy(inv);
    const name = inv.args[0];
    let nodes = inv.cluster.list("Node") as Node[];
    if (name !== undefined) {
      nodes = nodes.filter((n) => n.metadata.name === name);
      if (nodes.length === 0) throw new KubectlError(`Error from server (NotFound): nodes "${name}" not found`);
    }
    if (inv.flags.has("selector")) { const m = parseSelector(inv.flags.string("selector")); nodes = nodes.filter((n) => m(n.metadata.labels)); }
    if (nodes.length === 0) return { stdout: "", stderr: "No resources found\n", code: 0 };
    const pods = inv.cluster.list("Pod") as Pod[];
    const rows = nodes.map((node) => ({ node, usage: nodeUsage(inv.cluster, node, pods) }));
    const measured = rows.flatMap((r) => (r.usage ? [{ node: r.node, usage: r.usage }] : []));
    if (name !== undefined && measured.length === 0) throw new KubectlError(`Error from server (NotFound): nodemetrics.metrics.k8s.io "${name}" not found`);
    let lines = inv.flags.bool("no-headers") ? "" : cells(["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"]);
    for (const { node, usage } of byUsage(measured, key)) {
      const available = (inv.flags.bool("show-capacity") ? node.status?.capacity : node.status?.allocatable) ?? {};
      const cpuAvailable = cpuMillis(available.cpu ?? "0");
      const memoryAvailable = units(available.memory ?? "0");
      const pct = (used: number, of: number): string => (of > 0 ? `${Math.trunc((used / of) * 100)}%` : "0%");
      lines += cells([node.metadata.name ?? "", cpu(usage), pct(usage.cpuMillis, cpuAvailable), memory(usage), pct(usage.memoryBytes, memoryAvailable)]);
    }
    for (const r of rows) if (!r.usage) lines += cells([r.node.metadata.name ?? "", "<unknown>", "<unknown>", "<unknown>", "<unknown>"]);
    return { stdout: print(lines), stderr: "", code: 0 };
  },
};

const top: KubectlCommand = {
  path: "top",
  short: "Display resource (CPU/memory) usage",
  usage: "kubectl top [flags] [options]",
  flags: [],
  run: (inv) => {
    if (inv.args.length > 0) throw new KubectlError(`error: unknown command "${inv.args[0] ?? ""}" for "kubectl top"`);
    return { stdout: "Display resource (CPU/memory) usage.\n\n The top command allows you to see the resource consumption for nodes or pods.\n\n This command requires Metrics Server to be correctly configured and working on the server.\n\nAvailable Commands:\n  node          Display resource (CPU/memory) usage of nodes\n  pod           Display resource (CPU/memory) usage of pods\n\nUsage:\n  kubectl top [flags] [options]\n", stderr: "", code: 0 };
  },
};

export const TOP_COMMANDS: readonly KubectlCommand[] = [top, topNode, topPod];
