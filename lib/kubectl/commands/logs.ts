/**
 * `kubectl logs (POD | TYPE/NAME | -l SELECTOR) [-c CONTAINER | --all-containers] [-p] [-f]
 * [--tail N] [--since D | --since-time T] [--timestamps] [--prefix]`: the simulated containers'
 * logs (../logs). `-f` prints what exists and stops: the simulation has no later lines to wait for.
 */
import type { Pod } from "../../cluster/types";
import { KubectlError, type Invocation, type KubectlCommand } from "../kubectl/command";
import { notFound, resourceOrThrow } from "../kubectl/objects";
import { pickPod, podsOf } from "../kubectl/pods-of";
import { parseSelector } from "../kubectl/selector";
import { containerLogLines } from "../logs/container-logs";
import type { LogLine } from "../logs/log-context";

const USAGE_ERROR = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";

/** `5s`, `2m`, `1h30m` (Go's time.ParseDuration, the units kubectl users write) in seconds. */
function parseDuration(text: string): number {
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== text) throw new KubectlError(`error: invalid argument "${text}" for "--since" flag: time: invalid duration "${text}"`);
  return parts.reduce((sum, p) => sum + Number(p[1]) * ({ ms: 0.001, s: 1, m: 60, h: 3600 }[p[2] ?? "s"] ?? 1), 0);
}

const allNames = (pod: Pod): string => [...(pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`), ...pod.spec.containers.map((c) => c.name)].join(", ");

interface Source { pod: Pod; container: string }

function targets(inv: Invocation): { pods: Pod[]; notes: string } {
  const all = inv.cluster.list("Pod", inv.namespace) as Pod[];
  if (inv.flags.has("selector")) {
    if (inv.args.length > 0) throw new KubectlError("error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples");
    const matches = parseSelector(inv.flags.string("selector"));
    const pods = all.filter((p) => matches(p.metadata.labels));
    if (pods.length === 0) return { pods: [], notes: `No resources found in ${inv.namespace} namespace.\n` };
    return { pods, notes: "" };
  }
  const target = inv.args[0];
  if (target === undefined) throw new KubectlError(USAGE_ERROR);
  if (inv.args.length > 2) throw new KubectlError(USAGE_ERROR);
  if (!target.includes("/")) {
    const pod = all.find((p) => p.metadata.name === target);
    if (!pod) throw new KubectlError(`Error from server (NotFound): pods "${target}" not found`);
    return { pods: [pod], notes: "" };
  }
  const r = resourceOrThrow(target.slice(0, target.indexOf("/")));
  const name = target.slice(target.indexOf("/") + 1);
  const owner = inv.cluster.get(r.kind, r.namespaced ? inv.namespace : undefined, name);
  if (!owner) throw notFound(r, name);
  const pods = podsOf(all, owner);
  const pod = pickPod(pods);
  if (!pod) throw new KubectlError("error: timed out waiting for the condition");
  return { pods: [pod], notes: pods.length > 1 ? `Found ${pods.length} pods, using pod/${pod.metadata.name ?? ""}\n` : "" };
}

function sourcesOf(inv: Invocation, pods: readonly Pod[], named: string): { sources: Source[]; notes: string } {
  const sources: Source[] = [];
  let notes = "";
  for (const pod of pods) {
    if (inv.flags.bool("all-containers")) {
      for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) sources.push({ pod, container: c.name });
      continue;
    }
    let container = named;
    if (!container) {
      const preset = pod.metadata.annotations?.["kubectl.kubernetes.io/default-container"];
      if (preset && [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((c) => c.name === preset)) container = preset;
      else {
        if (preset) notes += `Default container name "${preset}" not found in pod ${pod.metadata.name ?? ""}\n`;
        container = pod.spec.containers[0]?.name ?? "";
        if (pod.spec.containers.length > 1 || (pod.spec.initContainers ?? []).length > 0) notes += `Defaulted container "${container}" out of: ${allNames(pod)}\n`;
      }
    }
    sources.push({ pod, container });
  }
  return { sources, notes };
}

export const command: KubectlCommand = {
  path: "logs",
  short: "Print the logs for a container in a pod",
  usage: "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]",
  flags: [
    { name: "container", short: "c", type: "string" },
    { name: "all-containers", type: "bool" },
    { name: "previous", short: "p", type: "bool" },
    { name: "follow", short: "f", type: "bool" },
    { name: "tail", type: "int", default: -1 },
    { name: "since", type: "string" },
    { name: "since-time", type: "string" },
    { name: "timestamps", type: "bool" },
    { name: "prefix", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "max-log-requests", type: "int", default: 5 },
    { name: "limit-bytes", type: "int", default: 0 },
    { name: "ignore-errors", type: "bool" },
    { name: "pod-running-timeout", type: "string", ignored: true },
    { name: "insecure-skip-tls-verify-backend", type: "bool", ignored: true },
  ],
  run: (inv) => {
    if (inv.flags.bool("all-containers") && inv.flags.has("container")) throw new KubectlError(`error: --all-containers=true should not be specified with container name ${inv.flags.string("container")}`);
    if (inv.flags.has("since") && inv.flags.has("since-time")) throw new KubectlError("error: at most one of `sinceTime` or `sinceSeconds` may be specified");
    const { pods, notes: found } = targets(inv);
    if (pods.length === 0) return { stdout: "", stderr: found, code: 0 };
    // A second argument is the container name (`kubectl logs POD CONTAINER`).
    const positionalContainer = inv.args[1];
    if (positionalContainer !== undefined && inv.flags.has("container")) throw new KubectlError("error: only one of -c or an inline [CONTAINER] arg is allowed\nSee 'kubectl logs -h' for help and examples");
    const { sources, notes } = sourcesOf(inv, pods, positionalContainer ?? inv.flags.string("container"));
    const selector = inv.flags.has("selector");
    if (selector && inv.flags.bool("follow") && sources.length > inv.flags.int("max-log-requests")) {
      throw new KubectlError(`error: you are attempting to follow ${sources.length} log streams, but maximum allowed concurrency is ${inv.flags.int("max-log-requests")}, use --max-log-requests to increase the limit`);
    }
    const tail = inv.flags.has("tail") ? inv.flags.int("tail") : selector ? 10 : -1;
    const sinceSeconds = inv.flags.has("since") ? parseDuration(inv.flags.string("since")) : undefined;
    const start = Date.parse(inv.cluster.iso(0));
    const sinceTime = inv.flags.has("since-time") ? (Date.parse(inv.flags.string("since-time")) - start) / 1000 : undefined;
    if (sinceTime !== undefined && Number.isNaN(sinceTime)) throw new KubectlError(`error: parsing time "${inv.flags.string("since-time")}" as "2006-01-02T15:04:05Z07:00": cannot parse "${inv.flags.string("since-time")}" as "2006"`);
    const from = sinceSeconds !== undefined ? inv.cluster.now - sinceSeconds : sinceTime;
    const prefix = inv.flags.bool("prefix");
    let out = "";
    let errors = "";
    for (const { pod, container } of sources) {
      let lines: LogLine[];
      try {
        lines = containerLogLines(inv.cluster, pod, container, inv.flags.bool("previous"), inv.session.served);
      } catch (e) {
        if (!(e instanceof KubectlError)) throw e;
        if (sources.length === 1 || !inv.flags.bool("ignore-errors")) throw new KubectlError(e.text, out);
        errors += `${e.text}\n`;
        continue;
      }
      if (from !== undefined) lines = lines.filter((l) => l.at >= from);
      if (tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
      const head = prefix ? `[pod/${pod.metadata.name ?? ""}/${container}] ` : "";
      let text = lines.map((l) => `${head}${inv.flags.bool("timestamps") ? `${inv.cluster.iso(l.at).replace(/(\.\d+)?Z$/, ".000000000Z")} ` : ""}${l.text}\n`).join("");
      const limit = inv.flags.int("limit-bytes");
      if (limit > 0) text = text.slice(0, limit);
      out += text;
    }
    return { stdout: out, stderr: found + notes + errors, code: 0, stderrFirst: true };
  },
};
