/** `kubectl run NAME --image=IMAGE [--port] [--labels] [--env] [--restart] [--command] [-- ARGS…]` */
import type { KubeObject } from "../../cluster";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { applyOverrides } from "../kubectl/overrides";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

export const command: KubectlCommand = {
  path: "run",
  short: "Run a particular image on the cluster",
  usage: "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
  flags: [
    ...OUTPUT_FLAGS, ...DRY_RUN_FLAGS,
    { name: "image", type: "string" }, { name: "port", type: "string" }, { name: "labels", short: "l", type: "string" },
    { name: "env", type: "strings" }, { name: "restart", type: "string", default: "Always" }, { name: "command", type: "bool" },
    { name: "image-pull-policy", type: "string" }, { name: "rm", type: "bool" }, { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" }, { name: "expose", type: "bool" }, { name: "annotations", type: "strings" },
    { name: "overrides", type: "string" }, { name: "override-type", type: "string", default: "merge" },
  ],
  run: (inv) => {
    const name = requireName(inv);
    const image = inv.flags.string("image");
    if (!image) throw new KubectlError("error: required flag(s) \"image\" not set");
    if (inv.flags.bool("rm") || inv.flags.bool("tty")) {
      throw new KubectlError("error: interactive pods (-it, --rm) are not supported in this simulated terminal. Run the pod, then `kubectl exec NAME -- COMMAND` (env, cat, nslookup, wget, curl).");
    }
    const restart = inv.flags.string("restart");
    if (!["Always", "OnFailure", "Never"].includes(restart)) throw new KubectlError(`error: invalid restart policy: ${restart}`);
    const labels: Record<string, string> = {};
    if (inv.flags.has("labels")) {
      for (const pair of inv.flags.string("labels").split(",")) {
        const [k = "", v] = pair.split("=");
        if (v === undefined) throw new KubectlError(`error: invalid label spec: ${pair}`);
        labels[k] = v;
      }
    } else labels.run = name;
    const env = inv.flags.strings("env").map((e) => {
      const eq = e.indexOf("=");
      if (eq < 0) throw new KubectlError(`error: invalid env: ${e}`);
      return { name: e.slice(0, eq), value: e.slice(eq + 1) };
    });
    const args = inv.afterDash ?? [];
    const port = inv.flags.string("port");
    const container: Record<string, unknown> = {
      ...(args.length > 0 && !inv.flags.bool("command") ? { args: [...args] } : {}),
      ...(args.length > 0 && inv.flags.bool("command") ? { command: [...args] } : {}),
      ...(env.length > 0 ? { env } : {}),
      image,
      ...(inv.flags.has("image-pull-policy") ? { imagePullPolicy: inv.flags.string("image-pull-policy") } : {}),
      name,
      ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
      resources: {},
      ...(inv.flags.bool("stdin") ? { stdin: true } : {}),
    };
    const annotations = Object.fromEntries(inv.flags.strings("annotations").map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]));
    const generated: KubeObject = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { ...(Object.keys(annotations).length > 0 ? { annotations } : {}), creationTimestamp: null, labels, name } as unknown as KubeObject["metadata"],
      spec: { containers: [container], dnsPolicy: "ClusterFirst", restartPolicy: restart },
      status: {},
    };
    const pod = inv.flags.has("overrides") ? applyOverrides(generated, inv.flags.string("overrides"), inv.flags.string("override-type")) : generated;
    if (!inv.flags.bool("expose")) return printOrCreate(inv, pod);
    // `--expose` creates a ClusterIP Service in front of the pod first, as kubectl run does.
    if (!port) throw new KubectlError("error: --port must be set when exposing a service");
    const service: KubeObject = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { creationTimestamp: null, name } as unknown as KubeObject["metadata"],
      spec: { ports: [{ port: Number(port), protocol: "TCP", targetPort: Number(port) }], selector: labels },
      status: { loadBalancer: {} },
    };
    const first = printOrCreate(inv, service);
    const second = printOrCreate(inv, pod);
    return { stdout: first.stdout + second.stdout, stderr: "", code: 0 };
  },
};
