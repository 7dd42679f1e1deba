/** `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-it] -- COMMAND [args...]` for the commands learners test with. */
import type { KubeObject } from "../../cluster";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { runInContainer } from "../kubectl/in-container";
import { notFound, resourceOrThrow } from "../kubectl/objects";

export const command: KubectlCommand = {
  path: "exec",
  short: "Execute a command in a container",
  usage: "kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]",
  flags: [{ name: "container", short: "c", type: "string" }, { name: "stdin", short: "i", type: "bool" }, { name: "tty", short: "t", type: "bool" }, { name: "quiet", short: "q", type: "bool" }],
  run: (inv) => {
    const target = inv.args[0];
    if (!target) throw new KubectlError("error: pod, type/name or --filename must be specified\nSee 'kubectl exec -h' for help and examples");
    if (!inv.afterDash || inv.afterDash.length === 0) {
      if (inv.args.length > 1) throw new KubectlError("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples");
      throw new KubectlError("error: you must specify at least one command for the container\nSee 'kubectl exec -h' for help and examples");
    }
    let pod: KubeObject | undefined;
    if (target.includes("/")) {
      const r = resourceOrThrow(target.slice(0, target.indexOf("/")));
      const name = target.slice(target.indexOf("/") + 1);
      const owner = inv.cluster.get(r.kind, inv.namespace, name);
      if (!owner) throw notFound(r, name);
      if (r.kind === "Pod") pod = owner;
      else {
        const sel = ((owner.spec as { selector?: { matchLabels?: Record<string, string> } | Record<string, string> } | undefined)?.selector ?? {}) as { matchLabels?: Record<string, string> };
        const labels = sel.matchLabels ?? (sel as Record<string, string>);
        pod = inv.cluster.list("Pod", inv.namespace).find((p) => Object.entries(labels).every(([k, v]) => p.metadata.labels?.[k] === v) && (p.status as { phase?: string } | undefined)?.phase === "Running");
        if (!pod) throw new KubectlError(`error: cannot exec into ${target}: no running pods found`);
      }
    } else pod = inv.cluster.get("Pod", inv.namespace, target);
    if (!pod) throw new KubectlError(`Error from server (NotFound): pods "${target}" not found`);
    const containers = ((pod.spec as { containers?: { name: string }[] } | undefined)?.containers ?? []).map((c) => c.name);
    const container = inv.flags.string("container") || containers[0] || "";
    if (!containers.includes(container)) throw new KubectlError(`Error from server (BadRequest): container ${container} is not valid for pod ${pod.metadata.name ?? ""}`);
    const phase = (pod.status as { phase?: string } | undefined)?.phase;
    if (phase === "Succeeded" || phase === "Failed") throw new KubectlError(`error: cannot exec into a container in a completed pod; current phase is ${phase}`);
    const running = (pod.status as { containerStatuses?: { name: string; state?: { running?: unknown } }[] } | undefined)?.containerStatuses?.find((s) => s.name === container)?.state?.running;
    if (!running) throw new KubectlError(`error: unable to upgrade connection: container not found ("${container}")`);
    const result = runInContainer(inv.cluster, pod, container, inv.afterDash, (served) => inv.session.served.push(served));
    const defaulted = !inv.flags.has("container") && containers.length > 1 ? `Defaulted container "${container}" out of: ${containers.join(", ")}\n` : "";
    return { ...result, stderr: defaulted + result.stderr, stderrFirst: defaulted !== "" };
  },
};
